package dev.precis.lookup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The API's JSON: map entries in name order, so an item always renders to the same bytes whatever
 * order DynamoDB returned its attributes in (the ETag is a hash of those bytes); numbers as stored.
 */
final class LookupJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private LookupJson() {}
}
