import django.core.validators
from django.db import migrations, models


def present_to_status(apps, schema_editor):
    Attendance = apps.get_model("aftercare", "Attendance")
    Attendance.objects.filter(present=False).update(status="absent")


def status_to_present(apps, schema_editor):
    Attendance = apps.get_model("aftercare", "Attendance")
    Attendance.objects.exclude(status="present").update(present=False)


class Migration(migrations.Migration):
    dependencies = [
        ("aftercare", "0005_privacy_retention"),
    ]

    operations = [
        # Present / absent / excused instead of a yes-no: existing rows keep their meaning.
        migrations.AddField(
            model_name="attendance",
            name="status",
            field=models.CharField(
                choices=[("present", "Present"), ("absent", "Absent"), ("excused", "Excused")],
                default="present",
                max_length=10,
                verbose_name="attendance",
            ),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="attendance",
            name="present",
            field=models.BooleanField(default=True),
        ),
        migrations.RunPython(present_to_status, status_to_present),
        migrations.RemoveField(model_name="attendance", name="present"),
        migrations.AddField(
            model_name="contactmoment",
            name="other_time_requested_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="cadencepolicy",
            name="check_in_interval_days",
            field=models.PositiveSmallIntegerField(
                default=30,
                validators=[
                    django.core.validators.MinValueValidator(7),
                    django.core.validators.MaxValueValidator(180),
                ],
                verbose_name="coordinator check-ins after that, at least every (days)",
            ),
        ),
        migrations.AlterField(
            model_name="cadencepolicy",
            name="first_month_check_ins",
            field=models.PositiveSmallIntegerField(
                default=2,
                validators=[
                    django.core.validators.MinValueValidator(0),
                    django.core.validators.MaxValueValidator(10),
                ],
                verbose_name="coordinator check-ins in the first month",
            ),
        ),
        migrations.AlterField(
            model_name="cadencepolicy",
            name="intensive_interval_days",
            field=models.PositiveSmallIntegerField(
                default=7,
                validators=[
                    django.core.validators.MinValueValidator(1),
                    django.core.validators.MaxValueValidator(60),
                ],
                verbose_name="buddy contact in the first weeks, at least every (days)",
            ),
        ),
        migrations.AlterField(
            model_name="cadencepolicy",
            name="intensive_weeks",
            field=models.PositiveSmallIntegerField(
                default=4,
                validators=[
                    django.core.validators.MinValueValidator(0),
                    django.core.validators.MaxValueValidator(26),
                ],
                verbose_name="first weeks (number of weeks)",
            ),
        ),
        migrations.AlterField(
            model_name="cadencepolicy",
            name="regular_interval_days",
            field=models.PositiveSmallIntegerField(
                default=14,
                validators=[
                    django.core.validators.MinValueValidator(1),
                    django.core.validators.MaxValueValidator(90),
                ],
                verbose_name="buddy contact after that, at least every (days)",
            ),
        ),
    ]
