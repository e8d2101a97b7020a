package dev.precis.lambda;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads a CloudFormation/SAM template, turning the short tags (!Ref, !GetAtt, !Sub, ...) into their long JSON forms. */
public final class CloudFormationYaml {
    private static final List<String> FUNCTIONS = List.of("And", "Base64", "Cidr", "Equals", "FindInMap", "GetAZs", "If", "ImportValue",
            "Join", "Not", "Or", "Select", "Split", "Sub", "Transform", "GetAtt", "ToJsonString", "Length");

    private CloudFormationYaml() {}

    @SuppressWarnings("unchecked")
    /** The template as a JSON tree, short tags in their long forms. */
    public static com.fasterxml.jackson.databind.JsonNode tree(Path file) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(read(file));
    }

    /** The resource {@code name} of a template tree; fails the test when it is absent. */
    static com.fasterxml.jackson.databind.JsonNode resource(com.fasterxml.jackson.databind.JsonNode tree, String name) {
        com.fasterxml.jackson.databind.JsonNode r = tree.path("Resources").path(name);
        org.junit.jupiter.api.Assertions.assertFalse(r.isMissingNode(), "no resource " + name);
        return r;
    }

    static Map<String, Object> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml(new TagConstructor()).load(reader);
        }
    }

    private static final class TagConstructor extends SafeConstructor {
        TagConstructor() {
            super(new LoaderOptions());
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
            for (String function : FUNCTIONS) yamlConstructors.put(new Tag("!" + function), new LongForm("Fn::" + function));
        }

        private final class LongForm extends AbstractConstruct {
            private final String name;

            LongForm(String name) {
                this.name = name;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode scalar) value = constructScalar(scalar);
                else if (node instanceof SequenceNode sequence) value = constructSequence(sequence);
                else value = constructMapping((MappingNode) node);
                if (name.equals("Fn::GetAtt") && value instanceof String s) {
                    int dot = s.indexOf('.');
                    value = List.of(s.substring(0, dot), s.substring(dot + 1));
                }
                Map<String, Object> longForm = new LinkedHashMap<>();
                longForm.put(name, value);
                return longForm;
            }
        }
    }
}
