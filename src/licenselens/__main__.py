"""``python -m licenselens``."""

import sys

from .cli import main

sys.exit(main())
