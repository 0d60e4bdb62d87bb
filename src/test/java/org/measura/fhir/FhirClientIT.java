package org.measura.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationDefinition;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HAPI's generic client, as an EHR integrator would use it, against the packaged service with authentication on:
 * capabilities, Questionnaire search and read, $score at type level and $trend at system level (each returning the
 * bare Bundle its OperationDefinition declares), and a read of every definition the CapabilityStatement names. No
 * workaround: the client's defaults, a bearer token, nothing else.
 */
@QuarkusIntegrationTest
class FhirClientIT {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static IGenericClient client;

    /** Per test: the packaged service's port is known to RestAssured only once a test runs. */
    @BeforeEach
    void client() throws Exception {
        Instant now = Instant.now();
        String token = Jwt.issuer("https://issuer.test/measura").audience("measura-api").subject("fhir-client-test")
                .issuedAt(now).expiresAt(now.plusSeconds(600)).sign(KeyUtils.readPrivateKey("auth/test-private.pem"));
        client = FHIR.newRestfulGenericClient("http://localhost:" + RestAssured.port + "/fhir");
        client.registerInterceptor(new BearerTokenAuthInterceptor(token));
    }

    /** PHQ-9 items 1-9 answered with our item ids; the total is their sum (worked in each test). */
    private static QuestionnaireResponse phq9(String id, String date, int... values) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setId(id);
        r.setQuestionnaire(canonical("phq9"));
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(new Reference("Patient/example"));
        r.setAuthoredElement(new DateTimeType(date));
        for (int i = 0; i < values.length; i++) {
            r.addItem().setLinkId(Integer.toString(i + 1)).addAnswer().setValue(new IntegerType(values[i]));
        }
        return r;
    }

    private static String canonical(String id) {
        Questionnaire q = client.read().resource(Questionnaire.class).withId(id).execute();
        return q.getUrl();
    }

    private static int total(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Observation).map(r -> (Observation) r)
                .filter(o -> o.getCode().getCoding().stream().anyMatch(c -> "phq9-total".equals(c.getCode())))
                .map(o -> ((IntegerType) o.getValue()).getValue()).findFirst().orElseThrow();
    }

    @Test
    void capabilitiesAndEveryDefinitionTheyName() {
        CapabilityStatement cs = client.capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
        int read = 0;
        for (CapabilityStatement.CapabilityStatementRestResourceComponent r : cs.getRestFirstRep().getResource()) {
            for (CapabilityStatement.CapabilityStatementRestResourceOperationComponent op : r.getOperation()) {
                read += readDefinition(OperationDefinition.class, op.getDefinition());
            }
            Class<? extends MetadataResource> type = switch (r.getType()) {
                case "CodeSystem" -> CodeSystem.class;
                case "ValueSet" -> ValueSet.class;
                case "StructureDefinition" -> StructureDefinition.class;
                case "OperationDefinition" -> OperationDefinition.class;
                default -> null;
            };
            if (type == null) {
                continue;
            }
            String listed = r.getDocumentation().replaceAll("^Read by id: ", "").replaceAll(" \\(canonical.*", "");
            for (String id : listed.split(", ")) {
                MetadataResource definition = client.read().resource(type).withId(id).execute();
                assertThat(definition.getUrl()).endsWith("/" + r.getType() + "/" + id);
                read++;
            }
        }
        for (CapabilityStatement.CapabilityStatementRestResourceOperationComponent op
                : cs.getRestFirstRep().getOperation()) {
            read += readDefinition(OperationDefinition.class, op.getDefinition());
        }
        assertThat(read).isGreaterThan(20);
    }

    /** A definition named by its canonical URL, read by the id its last segment gives. */
    private static int readDefinition(Class<OperationDefinition> type, String canonical) {
        String id = canonical.substring(canonical.lastIndexOf('/') + 1);
        OperationDefinition op = client.read().resource(type).withId(id).execute();
        assertThat(op.getUrl()).isEqualTo(canonical);
        return 1;
    }

    @Test
    void questionnairesAreSearchedAndRead() {
        Bundle all = client.search().forResource(Questionnaire.class).returnBundle(Bundle.class).execute();
        assertThat(all.getTotal()).isGreaterThanOrEqualTo(19);
        String url = canonical("gad7");
        Bundle one = client.search().forResource(Questionnaire.class).where(Questionnaire.URL.matches().value(url))
                .returnBundle(Bundle.class).execute();
        assertThat(one.getEntry()).singleElement()
                .satisfies(e -> assertThat(((Questionnaire) e.getResource()).getUrl()).isEqualTo(url));
        Questionnaire phq9 = client.read().resource(Questionnaire.class).withId("phq9").execute();
        assertThat(phq9.getItem()).hasSize(10);
    }

    @Test
    void scoreIsATypeLevelOperationReturningABundle() {
        OperationDefinition definition = client.read().resource(OperationDefinition.class)
                .withId("QuestionnaireResponse-score").execute();
        assertThat(definition.getType()).isTrue();
        // 2+2+1+2+1+1+2+0+1 = 12
        Parameters in = new Parameters();
        in.addParameter().setName("response").setResource(phq9("a", "2026-03-02", 2, 2, 1, 2, 1, 1, 2, 0, 1));
        Bundle out = client.operation().onType(QuestionnaireResponse.class).named("$score").withParameters(in)
                .returnResourceType(Bundle.class).execute();
        assertThat(total(out)).isEqualTo(12);
        assertThat(out.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl()).startsWith("urn:uuid:"));
    }

    @Test
    void trendIsASystemLevelOperationReturningABundle() {
        // Baseline 3+3+2+2+2+2+2+2+1 = 19, latest 1+1+1+0+1+1+0+0+0 = 5: a fall of 14, beyond the PHQ-9's published
        // reliable-change threshold of 6.
        Bundle course = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (QuestionnaireResponse r : List.of(phq9("b", "2026-01-05", 3, 3, 2, 2, 2, 2, 2, 2, 1),
                phq9("c", "2026-03-02", 1, 1, 1, 0, 1, 1, 0, 0, 0))) {
            course.addEntry().setFullUrl("urn:uuid:" + java.util.UUID.randomUUID()).setResource(r);
        }
        Parameters in = new Parameters();
        in.addParameter().setName("bundle").setResource(course);
        Bundle out = client.operation().onServer().named("$trend").withParameters(in)
                .returnResourceType(Bundle.class).execute();
        assertThat(out.getEntry()).anySatisfy(e -> assertThat(e.getResource()).isInstanceOfSatisfying(
                Observation.class, o -> assertThat(o.getCode().getCoding())
                        .anySatisfy(c -> assertThat(c.getCode()).isEqualTo("baseline-to-latest"))));
    }
}
