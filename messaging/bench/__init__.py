"""Load, fault and latency benchmark of the messaging path: ``python -m messaging.bench``.

Split by concern: `database` prepares and drops the benchmark database and seeds one organisation
with its sessions; `servers` starts the ASGI server processes and reads their CPU time from
/proc; `load` drives the WebSocket clients and measures each step; `__main__` ties them together.
`settings` is the Django settings module of the server processes. Nothing here is imported by
the application.
"""
