"""``python -m pipeline`` is the ``kg`` command."""
from .cli import main

raise SystemExit(main())
