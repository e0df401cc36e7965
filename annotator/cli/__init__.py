"""The command line: a thin face over the project facade, like the window.

``base`` holds the registry, the parser and what commands share; each module
beside it registers its commands (``@command``) when imported here, in the
order ``--help`` lists them.
"""

from . import articles, exchange, review, settings, suggest  # noqa: F401  (registers the commands)
from . import desktop  # noqa: F401  (registers install-desktop, listed last)
from .base import COMMANDS, EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, CommandError, main

__all__ = ["COMMANDS", "EXIT_FAILED", "EXIT_OK", "EXIT_PARTIAL", "CommandError", "main"]
