# strata in a container: build with the official Swift image, run on slim Debian.
#   docker build -t strata .
#   docker run --rm -v "$PWD:/app" strata upgrade head
#   docker run --rm -it -v "$PWD:/app" --entrypoint sqlite3 strata strata.db     # look at a SQLite database
ARG SWIFT_VERSION=6.3
FROM swift:${SWIFT_VERSION}-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libmariadb-dev pkg-config zlib1g-dev make \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The release binary, Swift standard library and Foundation linked in statically (make release).
RUN make release

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libmariadb3 sqlite3 ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/.build/release/strata /usr/local/bin/strata
WORKDIR /app
ENTRYPOINT ["strata"]
CMD ["--help"]
