package dev.digitalstore.platform.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads Kubernetes manifests into the fabric8 model, strictly: a field the model does not
 * know (a typo, a wrong indentation) fails instead of landing silently in
 * {@code additionalProperties}, and a kind that is neither built in nor one of the known
 * custom resources fails too.
 */
final class Manifests {

	/** Custom resources the platform uses; read as {@link GenericKubernetesResource}. */
	static final Set<String> CUSTOM_KINDS = Set.of("monitoring.coreos.com/v1/ServiceMonitor",
			"external-secrets.io/v1/ExternalSecret", "external-secrets.io/v1/SecretStore");

	private static final ObjectMapper YAML = YAMLMapper.builder().build();

	private static final KubernetesSerialization STRICT = strictSerialization();

	private Manifests() {
	}

	static List<HasMetadata> parse(String yaml) {
		List<HasMetadata> objects = new ArrayList<>();
		try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
			while (documents.hasNext()) {
				JsonNode document = documents.next();
				if (document != null && !document.isNull() && !document.isEmpty()) {
					objects.add(toObject(document));
				}
			}
		}
		return objects;
	}

	private static HasMetadata toObject(JsonNode document) {
		String apiVersion = document.path("apiVersion").asString("");
		String kind = document.path("kind").asString("");
		Class<? extends KubernetesResource> type = STRICT.getRegisteredKubernetesResource(apiVersion, kind);
		if (type == null || type == GenericKubernetesResource.class) {
			if (!CUSTOM_KINDS.contains(apiVersion + "/" + kind)) {
				throw new IllegalArgumentException("Unknown kind " + apiVersion + "/" + kind + " in:\n" + document);
			}
			return STRICT.unmarshal(document.toString(), GenericKubernetesResource.class);
		}
		try {
			return (HasMetadata) STRICT.unmarshal(document.toString(), type);
		}
		catch (RuntimeException ex) {
			String name = document.path("metadata").path("name").asString("");
			throw new IllegalArgumentException(
					"Invalid %s/%s %s: %s".formatted(apiVersion, kind, name, rootCause(ex).getMessage()), ex);
		}
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static KubernetesSerialization strictSerialization() {
		SimpleModule noAnySetter = new SimpleModule("strict-kubernetes-model");
		noAnySetter.setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
					BeanDescription.Supplier description, BeanDeserializerBuilder builder) {
				Class<?> type = description.getBeanClass();
				// Every typed model class keeps unknown fields in an "any setter";
				// without it,
				// FAIL_ON_UNKNOWN_PROPERTIES applies. Generic resources are all "unknown"
				// fields.
				if (KubernetesResource.class.isAssignableFrom(type)
						&& !GenericKubernetesResource.class.isAssignableFrom(type)) {
					builder.setAnySetter(null);
				}
				return builder;
			}

		});
		ObjectMapper mapper = JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.addModule(noAnySetter)
			.build();
		KubernetesSerialization serialization = new KubernetesSerialization(mapper, true);
		// A value of the wrong type (a string where a number belongs) fails too.
		serialization.getUnmatchedFieldTypeModule().setRestrictToTemplates(true);
		return serialization;
	}

}
