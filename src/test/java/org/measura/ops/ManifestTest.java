package org.measura.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Reads the manifests as a platform team applies them (deploy/kubernetes/kubernetes.yml, as the build writes it, and
 * the optional deploy/optional/service-monitor.yml) and checks what a cluster enforcing Pod Security "restricted"
 * admits, what a cluster without a public registry can pull, and what a locked-down namespace needs.
 */
class ManifestTest {

    private static final Path MAIN = Path.of("deploy", "kubernetes", "kubernetes.yml");
    private static final Path SERVICE_MONITOR = Path.of("deploy", "optional", "service-monitor.yml");
    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<JsonNode> objects = read(MAIN);
    private final JsonNode deployment = only("Deployment");
    private final JsonNode pod = deployment.at("/spec/template/spec");
    private final JsonNode container = only(pod.get("containers"));
    private final JsonNode podLabels = deployment.at("/spec/template/metadata/labels");

    @Test
    void thePodRunsAsRestrictedPodSecurityDemands() {
        JsonNode podSecurity = pod.get("securityContext");
        JsonNode security = container.get("securityContext");
        assertThat(podSecurity.get("runAsNonRoot").asBoolean()).isTrue();
        assertThat(podSecurity.get("runAsUser").asInt()).isPositive();
        assertThat(security.get("allowPrivilegeEscalation").isBoolean()).isTrue();
        assertThat(security.get("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(texts(security.at("/capabilities/drop"))).containsExactly("ALL");
        assertThat(security.at("/capabilities/add").isMissingNode()).isTrue();
        assertThat(security.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
        assertThat(security.get("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("privileged").asBoolean(false)).isFalse();
        assertThat(pod.path("hostNetwork").asBoolean(false)).isFalse();
        assertThat(pod.path("hostPID").asBoolean(false)).isFalse();
        assertThat(pod.path("hostIPC").asBoolean(false)).isFalse();
    }

    @Test
    void theOnlyWritablePlaceIsAnEmptyDirOnTmp() {
        JsonNode mount = only(container.get("volumeMounts"));
        assertThat(mount.get("mountPath").asText()).isEqualTo("/tmp");
        JsonNode volume = only(pod.get("volumes"));
        assertThat(volume.get("name").asText()).isEqualTo(mount.get("name").asText());
        assertThat(volume.has("emptyDir")).as("restricted admits emptyDir, never hostPath").isTrue();
    }

    @Test
    void theImageIsTheConfiguredOneAndALocallyLoadedImageIsUsed() throws IOException {
        assertThat(container.get("image").asText()).isEqualTo(buildProperty("quarkus.container-image.image"));
        assertThat(container.get("imagePullPolicy").asText()).isEqualTo("IfNotPresent");
    }

    @Test
    void aDisruptionBudgetKeepsReplicasUpDuringADrain() {
        JsonNode budget = only("PodDisruptionBudget");
        assertThat(budget.get("apiVersion").asText()).isEqualTo("policy/v1");
        assertThat(budget.at("/spec/maxUnavailable").asInt()).isEqualTo(1);
        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThan(1);
        assertSelects(budget.at("/spec/selector/matchLabels"));
    }

    @Test
    void theNetworkPolicyAdmitsOnlyTheServicePort() {
        JsonNode policy = only("NetworkPolicy");
        assertSelects(policy.at("/spec/podSelector/matchLabels"));
        assertThat(texts(policy.at("/spec/policyTypes"))).containsExactly("Ingress");
        JsonNode rule = only(policy.at("/spec/ingress"));
        JsonNode port = only(rule.get("ports"));
        assertThat(port.get("protocol").asText()).isEqualTo("TCP");
        assertThat(port.get("port").asInt()).isEqualTo(8080);
        assertThat(only(container.get("ports")).get("containerPort").asInt()).isEqualTo(8080);
        assertThat(only("Service").at("/spec/ports/0/targetPort").asInt()).isEqualTo(8080);
    }

    @Test
    void theServiceMonitorIsApartSoThatApplyingTheMainFileNeedsNoOperator() {
        assertThat(objects).extracting(o -> o.get("apiVersion").asText())
                .noneMatch(version -> version.startsWith("monitoring.coreos.com"));
        JsonNode monitor = only(read(SERVICE_MONITOR));
        assertThat(monitor.get("kind").asText()).isEqualTo("ServiceMonitor");
        JsonNode service = only("Service");
        monitor.at("/spec/selector/matchLabels").fields().forEachRemaining(label -> assertThat(
                service.at("/metadata/labels").path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
        JsonNode endpoint = only(monitor.at("/spec/endpoints"));
        assertThat(endpoint.get("port").asText()).isEqualTo(service.at("/spec/ports/0/name").asText());
        assertThat(endpoint.get("path").asText()).isEqualTo("/q/metrics");
    }

    @Test
    void thePodIsGivenTimeToDrainBeforeItIsKilled() throws IOException {
        Duration delay = Duration.parse("PT" + buildProperty("quarkus.shutdown.delay"));
        Duration timeout = Duration.parse("PT" + buildProperty("quarkus.shutdown.timeout"));
        long grace = pod.get("terminationGracePeriodSeconds").asLong();
        assertThat(grace).isGreaterThan(delay.plus(timeout).toSeconds());
    }

    private void assertSelects(JsonNode matchLabels) {
        assertThat(matchLabels.size()).isPositive();
        matchLabels.fields().forEachRemaining(label ->
                assertThat(podLabels.path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
    }

    private JsonNode only(String kind) {
        List<JsonNode> found = objects.stream().filter(o -> kind.equals(o.get("kind").asText())).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static JsonNode only(JsonNode array) {
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(1);
        return array.get(0);
    }

    private static JsonNode only(List<JsonNode> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<JsonNode> read(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> read = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isEmpty()) {
                    read.add(document);
                }
            }
            return read;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static String buildProperty(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(reader);
        }
        String value = properties.getProperty(name);
        assertThat(value).as(name).isNotNull();
        return value;
    }
}
