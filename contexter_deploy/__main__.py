"""``python -m contexter_deploy`` is the ``contexter-deploy`` command."""

from contexter_deploy.cli import main

raise SystemExit(main())
