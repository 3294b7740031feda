import sys

from forumdesk.cli import main

sys.exit(main())
