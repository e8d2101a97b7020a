package dev.precis.lambda;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file names, read from its bytes (JVMS chapter 4): the class entries of its
 * constant pool (what it instantiates, casts to, tests with instanceof, calls and catches) and the
 * types in its field, method, call and method-type descriptors. Internal names, such as
 * {@code java/lang/String}; array and primitive types are reduced to the classes they hold.
 */
final class ClassReferences {
    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([^;]+);");

    private ClassReferences() {}

    static Set<String> of(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        Map<Integer, String> utf8 = new HashMap<>();
        List<Integer> classNames = new ArrayList<>();
        List<Integer> descriptors = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8.put(i, in.readUTF());
                case 7 -> classNames.add(in.readUnsignedShort());
                case 12 -> { in.readUnsignedShort(); descriptors.add(in.readUnsignedShort()); } // NameAndType
                case 16 -> descriptors.add(in.readUnsignedShort()); // MethodType
                case 8, 19, 20 -> in.readUnsignedShort(); // String, Module, Package
                case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); } // MethodHandle
                case 3, 4, 9, 10, 11, 17, 18 -> in.readInt(); // numbers, member refs, (invoke)dynamic
                case 5, 6 -> { in.readLong(); i++; } // long and double take two slots
                default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
            }
        }
        in.readUnsignedShort(); // access flags
        in.readUnsignedShort(); // this class
        in.readUnsignedShort(); // super class (also a class entry)
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces (class entries)
        for (int members = 0; members < 2; members++) { // fields, then methods
            int n = in.readUnsignedShort();
            for (int i = 0; i < n; i++) {
                in.readUnsignedShort(); // access flags
                in.readUnsignedShort(); // name
                descriptors.add(in.readUnsignedShort());
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    in.readUnsignedShort();
                    in.skipBytes(in.readInt());
                }
            }
        }
        Set<String> out = new TreeSet<>();
        for (int index : classNames) {
            String name = utf8.get(index);
            if (name.startsWith("[")) addTypes(name, out);
            else out.add(name);
        }
        for (int index : descriptors) addTypes(utf8.get(index), out);
        return out;
    }

    private static void addTypes(String descriptor, Set<String> out) {
        Matcher m = DESCRIPTOR_TYPE.matcher(descriptor);
        while (m.find()) out.add(m.group(1));
    }
}
