# Build stage: Maven with Java 17 packages the Quarkus fast-jar (target/quarkus-app).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

# Runtime stage: Java 17 JRE, non-root, the fast-jar layout as Quarkus writes it.
FROM eclipse-temurin:17-jre
# Charts are drawn with java.awt (headless), which needs fontconfig and a font.
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 1001 measura && useradd --system --uid 1001 --gid measura --no-create-home measura
WORKDIR /app
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/quarkus/ /app/quarkus/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/quarkus-run.jar /app/quarkus-run.jar
USER 1001
EXPOSE 8080
ENV QUARKUS_HTTP_HOST=0.0.0.0
# The root file system is read-only in the cluster (docs/operations.md): fontconfig's cache goes to /tmp, an emptyDir.
ENV XDG_CACHE_HOME=/tmp
# Heap follows the container's memory limit rather than the host's.
ENTRYPOINT ["java", "-XX:InitialRAMPercentage=25", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", "/app/quarkus-run.jar"]
