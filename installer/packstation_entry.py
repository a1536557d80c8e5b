"""Entry point frozen by PyInstaller: the same `packstation` command as the pip install."""

import sys

from packstation.cli import main

if __name__ == "__main__":
    sys.exit(main())
