# Retention settings per organisation and the erasure mark of a survivor.

import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("aftercare", "0004_user_session_generation"),
    ]

    operations = [
        migrations.AddField(
            model_name="organisation",
            name="message_retention_months",
            field=models.PositiveSmallIntegerField(
                default=12,
                validators=[
                    django.core.validators.MinValueValidator(1),
                    django.core.validators.MaxValueValidator(120),
                ],
                verbose_name="keep messages (months after a match ends)",
            ),
        ),
        migrations.AddField(
            model_name="organisation",
            name="closed_case_retention_months",
            field=models.PositiveSmallIntegerField(
                default=24,
                validators=[
                    django.core.validators.MinValueValidator(1),
                    django.core.validators.MaxValueValidator(240),
                ],
                verbose_name="keep a closed file (months without activity)",
            ),
        ),
        migrations.AddField(
            model_name="survivor",
            name="erased_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="erased at"
            ),
        ),
    ]
