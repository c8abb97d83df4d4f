package io.kafkapipeline.kafka.sink.adapter;

import com.datastax.oss.common.sink.config.TopicConfig;
import com.datastax.oss.common.sink.metadata.InnerDataAndMetadata;
import com.datastax.oss.common.sink.metadata.MetadataCreator;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import com.datastax.oss.driver.internal.core.type.codec.registry.DefaultCodecRegistry;
import com.datastax.oss.dsbulk.codecs.api.ConvertingCodec;
import com.datastax.oss.dsbulk.codecs.api.ConvertingCodecFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Runs an adapted record key or value through the engine's metadata and codecs, as the engine's mapper does. */
final class EngineConversion {

    private static final ConvertingCodecFactory CODECS = new TopicConfig(
                    "t", Map.of("topic.t.ks.tb.mapping", "c=value.f"), false)
            .createCodecFactory(new DefaultCodecRegistry("test"));

    private EngineConversion() {}

    /** The engine's view of one field of an adapted record key or value. */
    static Object fieldValue(Object adapted, String field) {
        return meta(adapted).getInnerData().getFieldValue(field);
    }

    /** The Java type the engine expects for the field when writing it to a column of {@code cqlType}. */
    static GenericType<?> fieldType(Object adapted, String field, DataType cqlType) {
        return meta(adapted).getInnerMetadata().getFieldType(field, cqlType);
    }

    /** The value the engine would bind for {@code field} into a column of {@code cqlType}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object toCql(Object adapted, String field, DataType cqlType) {
        InnerDataAndMetadata meta = meta(adapted);
        Object value = meta.getInnerData().getFieldValue(field);
        GenericType<?> javaType = meta.getInnerMetadata().getFieldType(field, cqlType);
        ConvertingCodec codec = CODECS.createConvertingCodec(cqlType, javaType, true);
        return codec.externalToInternal(value);
    }

    private static InnerDataAndMetadata meta(Object adapted) {
        try {
            return MetadataCreator.makeMeta(adapted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
