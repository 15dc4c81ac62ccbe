from __future__ import annotations

from django_tasks import task

from matching import services


@task()
def execute_match_run(run_id: int) -> str:
    return str(services.run_execute(run_id=run_id).status)
