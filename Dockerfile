# Grader's service (src/Grader.Api). Build: docker build -t grader .   Run everything: docker compose up
# Configuration comes only from environment variables (Grader__Section__Key): see docs/configuration.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# npm installs pdf.js for the web application (src/Grader.Api/ClientApp); it is not needed at run time.
RUN apt-get update \
    && apt-get install --yes --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first, from the project files alone, so that a code change does not download the packages again.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props ./
COPY src/Grader.Pipeline/Grader.Pipeline.csproj src/Grader.Pipeline/
COPY src/Grader.Persistence/Grader.Persistence.csproj src/Grader.Persistence/
COPY src/Grader.Api/Grader.Api.csproj src/Grader.Api/
RUN dotnet restore src/Grader.Api/Grader.Api.csproj
COPY src/Grader.Pipeline/ src/Grader.Pipeline/
COPY src/Grader.Persistence/ src/Grader.Persistence/
COPY src/Grader.Api/ src/Grader.Api/
# The référentiels and prompt functions are copied beside the program by the project file.
COPY rubrics/ rubrics/
COPY prompts/ prompts/
RUN dotnet publish src/Grader.Api/Grader.Api.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# OCR of scanned pages (Tesseract with its French data) and rendering of PDF pages for it (poppler-utils).
RUN apt-get update \
    && apt-get install --yes --no-install-recommends tesseract-ocr tesseract-ocr-fra poppler-utils \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# data/ holds the SQLite database and the embedded index when no server is configured, and caches otherwise.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME ["/app/data"]
# The image's own non-root user ("app").
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
# No HEALTHCHECK here: neither curl nor wget is in the image, and adding one only for that widens it.
# Orchestrators probe GET /health/live and /health/ready over HTTP; compose.yaml probes with bash.
ENTRYPOINT ["dotnet", "Grader.Api.dll"]
