# Image of contexter-backup, the tool the backup CronJobs run (snapshots of Qdrant, Redis and
# Vault to S3). Same pattern as service.Dockerfile; the build context is the project folder:
#
#   docker buildx build -f Dockerfiles/backup.Dockerfile \
#     --build-arg VERSION=0.1.0 --build-arg REVISION="$(git rev-parse HEAD)" backup
#
# What the context must hold:
#   pyproject.toml     project contexter-backup, built with setuptools, console script contexter-backup
#   requirements.lock  every runtime dependency pinned with hashes
#   src/contexter_backup/
# backup.Dockerfile.dockerignore, beside this file, keeps everything else out of the context.
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
# The build backend the project names in pyproject.toml, hash-checked like every dependency
# (pip does not check the hashes of build dependencies it fetches itself, so it gets none).
ARG BUILD_BACKEND="setuptools==84.2.1 --hash=sha256:ca140b45d5325a9478f880e351484f62fef15f336462e449ca0c03c873d589c2"
COPY . /src/
RUN printf '%s\n' "${BUILD_BACKEND}" > /tmp/build-backend.txt \
    && /opt/pip/bin/pip install --require-hashes --no-deps --only-binary=:all: -r /tmp/build-backend.txt \
    && /opt/pip/bin/pip wheel --no-deps --no-build-isolation --wheel-dir /tmp/wheels /src \
    && /opt/pip/bin/pip --python /app/.venv/bin/python install --no-deps --no-compile /tmp/wheels/*.whl \
    && python3 -m compileall -q -j 0 --invalidation-mode unchecked-hash /app

FROM ${BASE_IMAGE}
ARG BASE_IMAGE
ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG SOURCE=https://github.com/contexter/contexter-deploy
LABEL org.opencontainers.image.title="contexter-backup" \
      org.opencontainers.image.description="Contexter backups of Qdrant, Redis and Vault to S3" \
      org.opencontainers.image.vendor="Contexter" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.base.name="${BASE_IMAGE}"
# tini is PID 1: it forwards SIGTERM (activeDeadlineSeconds, node drains) and reaps zombies.
COPY --from=builder /usr/bin/tini-static /usr/bin/tini
# Owned by root and not writable by the backup user: the code cannot be changed at run time.
COPY --from=builder /app /app
# HOME and TMPDIR point at /tmp, the one writable path (an emptyDir in the pods).
ENV PATH=/app/.venv/bin:/usr/local/bin:/usr/bin:/bin \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/tmp \
    TMPDIR=/tmp
WORKDIR /app
# UID and GID 10001, numeric so Kubernetes can verify runAsNonRoot; the same user as the services.
USER 10001:10001
STOPSIGNAL SIGTERM
# A CronJob's run has no long-lived state to probe: it succeeds or fails by its exit code, and
# contexter_backup_last_success_timestamp_seconds tells the alerts when runs stop succeeding.
HEALTHCHECK NONE
# The CronJobs set only `args` (the subcommand), so tini and the console script stay in place.
ENTRYPOINT ["/usr/bin/tini", "--", "contexter-backup"]
CMD ["--help"]
