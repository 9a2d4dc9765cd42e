"""PyInstaller runtime hook: with INFANT_MASSAGE_FORBID_NETWORK=1 no internet socket can be opened.

The bundle test runs the app under `unshare -n` (no network at all) where it may; where it may
not (not root), it sets this variable instead, so that any AF_INET/AF_INET6 socket the Python
side tries to open raises at once. Unset, it does nothing.
"""

import os
import socket

if os.environ.get("INFANT_MASSAGE_FORBID_NETWORK") == "1":
    _socket = socket.socket
    _forbidden = {socket.AF_INET, socket.AF_INET6}

    class _OfflineSocket(_socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if fileno is None and (family in _forbidden or family == -1):
                raise OSError("Infant Massage Guide never uses the network (socket refused)")
            super().__init__(family, type, proto, fileno)

    socket.socket = _OfflineSocket
