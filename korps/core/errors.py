"""Domain errors: services raise them with a code and a translatable message; views turn them
into form errors or messages in one place."""


class DomainError(Exception):
    code = "error"

    def __init__(self, message, code: str | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
