# Builds and runs Gopher Drill against the PostgreSQL named in QUARKUS_DATASOURCE_JDBC_URL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/quarkus-app/ /app/
COPY content /app/content
EXPOSE 8080
CMD ["java", "-jar", "/app/quarkus-run.jar"]
