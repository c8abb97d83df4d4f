# syntax=docker/dockerfile:1
# The images of the project's JVM modules, built from this checkout. Build context: the repository root.
#
#   target service    a JVM service: the jars of MODULE on a JRE, started with MAIN_CLASS (docker/java-service.sh);
#                     owm-producer, faker-producer, spacex-producer and the consumers
#   target data-vis   Jupyter Lab with the Java kernel and the jars of MODULE (data-vis) on the kernel's classpath
#
# Both build MODULE with the one build stage below. Compose sets the build args per service: the JVM services extend
# docker/docker-compose.java-service.yml and name their MODULE and MAIN_CLASS (a new service is a few lines of
# compose); deploy/'s tests check that every MODULE is a module of the build and holds its MAIN_CLASS.

# --- build: MODULE and the modules it needs (-am), then its runtime classpath into /out/lib
FROM maven:3.9.11-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    if [ ! -f "${MODULE}/pom.xml" ]; then \
      echo "build arg MODULE='${MODULE}' is not a module folder of the repository" >&2; exit 1; \
    fi \
    && mvn --batch-mode --no-transfer-progress -pl "${MODULE}" -am -DskipTests \
        package dependency:copy-dependencies -DincludeScope=runtime \
    && mkdir -p /out/lib \
    && cp "${MODULE}"/target/dependency/*.jar /out/lib/ \
    && find "${MODULE}/target" -maxdepth 1 -name '*.jar' ! -name '*-tests.jar' ! -name '*-sources.jar' \
        -exec cp {} /out/lib/ \;

# --- the JDK of the notebook kernel (JShell needs a JDK, not a JRE)
FROM eclipse-temurin:17.0.16_8-jdk AS jdk

# --- data-vis: Python + Jupyter Lab + the Java kernel, the jars of MODULE, non-root
FROM python:3.12.11-slim-bookworm AS data-vis
ARG JUPYTERLAB_VERSION=4.6.6
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# Charts are PNGs drawn by Java 2D, which needs fontconfig, FreeType and a font; the slim image has none of them
# (without them XChart fails with UnsatisfiedLinkError: libfreetype.so.6).
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends fontconfig libfreetype6 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"
COPY --from=jdk /opt/java/openjdk /opt/java/openjdk
RUN pip install --no-cache-dir "jupyterlab==${JUPYTERLAB_VERSION}"
# The Java kernel is this project's own (data-vis/kernel), built by the build stage (-pl data-vis -am builds it).
COPY --from=build /src/data-vis/kernel/target/kernelspec/java /tmp/java-kernel
RUN jupyter kernelspec install /tmp/java-kernel --name=java --sys-prefix && rm -rf /tmp/java-kernel
# uid 1000 by default; compose runs the container as JUPYTER_UID:JUPYTER_GID (the owner of data-vis/notebooks).
RUN useradd --create-home --uid 1000 --shell /bin/bash jupyter
# Same layout as a checkout: the notebooks' first cell loads ../target/lib/*.jar relative to notebooks/.
COPY --from=build /out/lib/ /home/jupyter/target/lib/
COPY --chmod=0755 data-vis/docker/start-jupyter.sh /usr/local/bin/start-jupyter
# The kernel's classpath: the data-vis library and its dependencies.
ENV KERNEL_CLASSPATH="/home/jupyter/target/lib/*"
ENV NOTEBOOK_DIR=/home/jupyter/notebooks
USER jupyter
WORKDIR /home/jupyter/notebooks
EXPOSE 8888
CMD ["start-jupyter"]

# --- service: a JVM service on JRE 17, non-root (the default target)
FROM eclipse-temurin:17.0.16_8-jre AS service
ARG MAIN_CLASS
RUN if [ -z "${MAIN_CLASS}" ]; then echo "build arg MAIN_CLASS is not set" >&2; exit 1; fi \
    && groupadd --system kafkapipeline \
    && useradd --system --gid kafkapipeline --no-create-home --shell /usr/sbin/nologin kafkapipeline
COPY --from=build /out/lib/ /opt/kafkapipeline/lib/
COPY --chmod=0755 docker/java-service.sh /opt/kafkapipeline/bin/java-service
COPY --chmod=0755 docker/java-service-health.sh /opt/kafkapipeline/bin/healthcheck
# The heap is a share of the container's memory limit (mem_limit in compose); JAVA_OPTS replaces these flags.
ENV KAFKAPIPELINE_MAIN_CLASS=${MAIN_CLASS} \
    JAVA_OPTS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"
WORKDIR /opt/kafkapipeline
USER kafkapipeline
ENTRYPOINT ["/opt/kafkapipeline/bin/java-service"]
