"""WSGI entry point, for management tooling only; Verder is served over ASGI."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aftercare.settings")
application = get_wsgi_application()
