import uuid

from .context import RequestContext, current_request


class RequestContextMiddleware:
    """Gives every request an id (also sent back as X-Request-ID) that audit rows carry."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = uuid.uuid4().hex
        token = current_request.set(
            RequestContext(request_id=request.request_id, method=request.method, path=request.path)
        )
        try:
            response = self.get_response(request)
        finally:
            current_request.reset(token)
        response["X-Request-ID"] = request.request_id
        return response
