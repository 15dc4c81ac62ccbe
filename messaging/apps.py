from django.apps import AppConfig


class MessagingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "messaging"

    def ready(self) -> None:
        from aftercare.signals import notification_created, sessions_ended
        from messaging.services import close_sockets_of, push_notification

        sessions_ended.connect(close_sockets_of, dispatch_uid="messaging.close_sockets_of")
        notification_created.connect(push_notification, dispatch_uid="messaging.push_notification")
