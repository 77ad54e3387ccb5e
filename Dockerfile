# Build: the official Swift 6 image; run: slim Debian with only what the binary links.
FROM swift:6.3-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends zlib1g-dev libxml2-dev pkg-config && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
# Release builds target AVX2 (Haswell, 2013+) CPUs; `--build-arg LEDE_PORTABLE=1` for older ones.
ARG LEDE_PORTABLE=0
# Parallel compile jobs; empty means one per CPU. A small shared machine builds with 1.
ARG SWIFT_BUILD_JOBS=
# The binary reads its models and page from the bundles beside it and refuses to start without
# them, so a failed copy fails the build.
RUN LEDE_PORTABLE=$LEDE_PORTABLE swift build -c release ${SWIFT_BUILD_JOBS:+-j $SWIFT_BUILD_JOBS} --product lede --static-swift-stdlib \
    && mkdir -p /out \
    && bin="$(swift build -c release --show-bin-path)" \
    && cp "$bin/lede" /out/lede \
    && cp -R "$bin/lede_Models.resources" "$bin/lede_Server.resources" /out/ \
    && /out/lede analyze - </dev/null >/dev/null

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends zlib1g libxml2 libcurl4 ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home lede
COPY --from=build /out/ /opt/lede/
# The licences travel with the binary: LICENSE (the code), NOTICE (each model and lexicon file's licence and
# attribution; the entity tagger's weights are CC BY-SA 4.0) and the LGPL text that NOTICE refers to.
COPY LICENSE NOTICE /opt/lede/
COPY licenses/ /opt/lede/licenses/
# A corpus split across the pods of a Kubernetes Indexed Job (deploy/kubernetes/batch-job.yaml).
COPY scripts/lede-shard.sh /opt/lede/lede-shard
USER lede
ENV LEDE_HOST=0.0.0.0 LEDE_PORT=8080
EXPOSE 8080
# The port the server listens on: LEDE_PORT (set it rather than passing --port, or this check fails).
HEALTHCHECK --interval=10s --timeout=2s --start-period=5s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${LEDE_PORT:-8080}/healthz" || exit 1
ENTRYPOINT ["/opt/lede/lede"]
CMD ["serve"]
