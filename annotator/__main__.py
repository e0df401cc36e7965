"""`python -m annotator`: the same as the `annotator` command."""

import sys

from .cli import main

sys.exit(main())
