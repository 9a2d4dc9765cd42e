"""The main window shell: hosts the pages, its menus and what it remembers."""
