# Image of one Contexter HTTP service: api-gateway, search or ingestion. One file for the three,
# built once per service with that service's repository as the build context:
#
#   docker buildx build -f Dockerfiles/service.Dockerfile --build-arg SERVICE=search \
#     --build-arg VERSION=1.4.2 --build-arg REVISION="$(git -C ../search rev-parse HEAD)" ../search
#
# What the context must hold (tests/fixtures/sample_service is a complete example):
#   requirements.lock  every runtime dependency pinned with hashes (uv pip compile --generate-hashes)
#   app/               the service package; `python -m app` serves HTTP on port 8000 with /health,
#                      /ready and /metrics, and drains on SIGTERM
# service.Dockerfile.dockerignore, beside this file, keeps everything else out of the context.
#
# Builder: Debian 12 with Python 3.11 and pip, which install the locked wheels into /app/.venv.
# Runtime: distroless Python 3.11 from Debian 12 (no shell, no package manager, no pip, no compiler),
# so the virtualenv's /usr/bin/python3 is the same interpreter in both stages.
ARG BUILDER_IMAGE=docker.io/library/debian:bookworm-slim@sha256:d5d3f9c23164ea16f31852f95bd5959aad1c5e854332fe00f7b3a20fcc9f635c
ARG BASE_IMAGE=gcr.io/distroless/python3-debian12:nonroot@sha256:66f3e24fd4906156a7360d2861731d31d3457a02f34fd3c4491f0b710a259988

# checkov:skip=CKV_DOCKER_7: both FROM lines take their image from an ARG whose default is pinned by digest
FROM ${BUILDER_IMAGE} AS builder
# Versions are pinned up to the Debian revision; the glob admits per-architecture rebuilds (+bN).
RUN apt-get update \
    && apt-get install --yes --no-install-recommends 'python3-venv=3.11.2-1*' 'tini=0.19.0-1*' \
    && rm -rf /var/lib/apt/lists/*
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
# pip lives in /opt/pip and installs into /app/.venv from outside, so the runtime gets no pip.
# Only wheels, only the locked versions, each checked against its hash; nothing is compiled.
COPY requirements.lock ./
RUN python3 -m venv /opt/pip \
    && python3 -m venv --without-pip /app/.venv \
    && /opt/pip/bin/pip --python /app/.venv/bin/python install \
        --require-hashes --no-deps --only-binary=:all: --no-compile -r requirements.lock \
    && rm requirements.lock
COPY app/ app/
# Bytecode that is never re-validated against the sources: the root filesystem is read-only at run time.
RUN python3 -m compileall -q -j 0 --invalidation-mode unchecked-hash /app

FROM ${BASE_IMAGE}
ARG BASE_IMAGE
ARG SERVICE=sample-service
ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG SOURCE=https://github.com/contexter/${SERVICE}
LABEL org.opencontainers.image.title="contexter-${SERVICE}" \
      org.opencontainers.image.description="Contexter ${SERVICE} HTTP service" \
      org.opencontainers.image.vendor="Contexter" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.base.name="${BASE_IMAGE}"
# tini is PID 1: it forwards SIGTERM to the service and reaps zombies. The static build needs no libc.
COPY --from=builder /usr/bin/tini-static /usr/bin/tini
# The pods' preStop hook runs `sleep` (exec) so endpoints drop the pod before SIGTERM; distroless has
# no coreutils. Only this one binary (glibc, no shell) comes along.
COPY --from=builder /bin/sleep /usr/bin/sleep
# Owned by root and not writable by the service user: the code cannot be changed at run time.
COPY --from=builder /app /app
# HOME and TMPDIR point at /tmp, the one writable path (an emptyDir in the pods).
ENV PATH=/app/.venv/bin:/usr/local/bin:/usr/bin:/bin \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/tmp \
    TMPDIR=/tmp
WORKDIR /app
# UID and GID 10001, numeric so Kubernetes can verify runAsNonRoot; charts/services RUN_AS_USER matches.
USER 10001:10001
EXPOSE 8000
STOPSIGNAL SIGTERM
# Kubernetes ignores HEALTHCHECK (the pods have their own probes); Docker and Compose users get one.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["python", "-m", "app"]
