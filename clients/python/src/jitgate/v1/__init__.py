"""Generated from proto/jitgate/v1 by clients/generate. Do not edit.

One module pair per service file: ``routing_pb2`` (messages) and
``routing_pb2_grpc`` (the ``RoutingServiceStub``), ``access_flow_pb2``,
``request_config_pb2``, ``access_request_pb2``, ``directory_pb2`` and
``common_pb2``, each with ``.pyi`` type stubs.
"""
