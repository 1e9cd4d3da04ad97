# Build stage: restore in its own layer from the project files, so code edits do not re-download packages.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /source

COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Blog.Content/Blog.Content.csproj src/Blog.Content/
COPY src/Blog/Blog.csproj src/Blog/
RUN dotnet restore src/Blog/Blog.csproj -a $TARGETARCH -p:PublishReadyToRun=true

COPY src/ src/
COPY wwwroot/ wwwroot/
# ReadyToRun: compiled ahead of time, so the start (and the first load of the posts) spends no time in the JIT.
RUN dotnet publish src/Blog/Blog.csproj -a $TARGETARCH --no-restore -c Release -p:PublishReadyToRun=true -o /app

# Runtime stage: the published app, the sample posts at /app/posts (mount a folder there to replace
# them), and a non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
EXPOSE 8080
# In a container, one JSON object per log line, as log collectors expect (unset it for plain text).
ENV Serilog__WriteTo__0__Args__formatter="Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact"
COPY --from=build /app .
COPY posts/ posts/
# In production, pass the site's public address: docker run -e Blog__BaseUrl=https://blog.example.com ...
# Without it, links are built from each request's Host header and other hosts are not refused.
USER $APP_UID
ENTRYPOINT ["dotnet", "Blog.dll"]
