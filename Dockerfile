# syntax=docker/dockerfile:1
# Quote attribution service: multi-stage build from source.
#
#   docker build -t newsquotes .                                   # H2 (embedded file database in /deployments/data)
#   docker build --build-arg DB_KIND=postgresql -t newsquotes:pg . # PostgreSQL variant
#   docker run -p 8080:8080 \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/quotes \
#     -e QUARKUS_DATASOURCE_USERNAME=quotes -e QUARKUS_DATASOURCE_PASSWORD=secret newsquotes:pg
#
# The database kind is a Quarkus build-time setting (driver, Hibernate dialect, Flyway migrations), hence a
# build argument rather than a runtime variable. Connection details stay runtime (QUARKUS_DATASOURCE_*).

ARG DB_KIND=h2

FROM maven:3.9-eclipse-temurin-17 AS build
ARG DB_KIND
WORKDIR /build
# Dependencies first so that source-only changes reuse this layer.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=org.newsquotes || true
COPY src ./src
COPY seeds ./seeds
RUN mvn -B package -DskipTests -Dquarkus.datasource.db-kind="${DB_KIND}"
COPY docker/HealthCheck.java ./docker/
RUN mkdir -p target/healthcheck && javac --release 17 -d target/healthcheck docker/HealthCheck.java

FROM eclipse-temurin:17-jre
ARG DB_KIND
LABEL org.opencontainers.image.title="newsquotes quote-attribution service" \
      org.newsquotes.db-kind="${DB_KIND}"
RUN groupadd --system --gid 10001 quotes \
    && useradd --system --uid 10001 --gid quotes --home-dir /deployments --shell /usr/sbin/nologin quotes \
    && mkdir -p /deployments/data \
    && chown -R quotes:quotes /deployments
WORKDIR /deployments
# Quarkus fast-jar layout: libraries first (change least), application last (changes most).
COPY --from=build --chown=quotes:quotes /build/target/quarkus-app/lib/ ./lib/
COPY --from=build --chown=quotes:quotes /build/target/quarkus-app/*.jar ./
COPY --from=build --chown=quotes:quotes /build/target/quarkus-app/app/ ./app/
COPY --from=build --chown=quotes:quotes /build/target/quarkus-app/quarkus/ ./quarkus/
COPY --from=build --chown=quotes:quotes /build/target/healthcheck/ ./healthcheck/
COPY --from=build --chown=quotes:quotes /build/seeds/ ./seeds/
USER quotes
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.security.egd=file:/dev/urandom" \
    QUARKUS_HTTP_HOST=0.0.0.0
EXPOSE 8080
VOLUME ["/deployments/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", "/deployments/healthcheck", "HealthCheck", "http://127.0.0.1:8080/q/health/ready"]
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
