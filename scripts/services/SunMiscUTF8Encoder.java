package org.neo4j.bolt.v1.packstream.utf8;

import java.nio.ByteBuffer;

/**
 * Stands in for Neo4j 3.1's fast UTF-8 encoder, which reads String's pre-Java-9 char[] and
 * throws an Error on Java 17 that kills every Bolt connection. Neo4j instantiates this class
 * reflectively and falls back to its plain encoder when construction fails, so failing here
 * is the whole point.
 */
public class SunMiscUTF8Encoder implements UTF8Encoder {
    public SunMiscUTF8Encoder() {
        throw new UnsupportedOperationException("use the plain encoder on Java 9+");
    }

    @Override
    public ByteBuffer encode(String input) {
        throw new UnsupportedOperationException("use the plain encoder on Java 9+");
    }
}
