# Build stage: Maven with Java 17 (the minimum to build and to run) packages the Quarkus fast-jar (target/quarkus-app).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

# Runtime base: a Java 25 JRE (the jar is Java 17 bytecode and runs on any JVM from 17 on), non-root, the fast-jar
# layout as Quarkus writes it. Charts are drawn with java.awt (headless), which needs fontconfig and a font.
FROM eclipse-temurin:25-jre AS runtime-base
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 1001 measura && useradd --system --uid 1001 --gid measura --no-create-home measura
WORKDIR /app
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/quarkus/ /app/quarkus/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/quarkus-run.jar /app/quarkus-run.jar
ENV QUARKUS_HTTP_HOST=0.0.0.0
# The root file system is read-only in the cluster (docs/operations.md): fontconfig's cache goes to /tmp, an emptyDir.
ENV XDG_CACHE_HOME=/tmp
# The pod's JVM options (bench/memory.sh measures with the same; docs/operations.md#memory says how they were set).
# One CPU and a 768 MiB limit: Serial GC (what the JVM picks there anyway), 50 % of the limit for the heap, bounded
# code cache, metaspace and thread stacks.
ENV MEASURA_JVM_OPTS="-XX:+UseSerialGC -XX:InitialRAMPercentage=25 -XX:MaxRAMPercentage=50 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m -Xss512k -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

# Training stage: runs the service once with the training workload (bench/aot-train.sh) and writes the JVM's AOT cache
# (JEP 483/514/515: classes loaded and linked, method profiles) on exit. Same JVM, same jar paths, same options as the
# runtime, or the JVM would refuse the cache.
FROM runtime-base AS train
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
COPY bench/aot-train.sh /tmp/aot-train.sh
RUN java $MEASURA_JVM_OPTS -XX:AOTCacheOutput=/app/measura.aot -Dmeasura.auth.enabled=false -Dquarkus.shutdown.delay=0S \
        -Dmeasura.fhir.base-url=https://measura.example/fhir \
        -jar /app/quarkus-run.jar & service=$!; \
    bash /tmp/aot-train.sh http://127.0.0.1:8080 && kill -TERM $service && wait $service; \
    test -s /app/measura.aot

FROM runtime-base
COPY --from=train --chown=1001:1001 /app/measura.aot /app/measura.aot
USER 1001
EXPOSE 8080
# Heap follows the container's memory limit rather than the host's; the AOT cache makes start-up faster (a JVM that
# cannot use it says so and starts without it).
ENTRYPOINT ["sh", "-c", "exec java $MEASURA_JVM_OPTS -XX:AOTCache=/app/measura.aot -jar /app/quarkus-run.jar"]
