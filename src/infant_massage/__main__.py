import sys

from infant_massage.app.cli import main

sys.exit(main())
