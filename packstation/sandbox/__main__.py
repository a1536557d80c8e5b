"""`python -m packstation.sandbox` is `packstation-sandbox`."""

import sys

from packstation.sandbox.cli import main

sys.exit(main())
