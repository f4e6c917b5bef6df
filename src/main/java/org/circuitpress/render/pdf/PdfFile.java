package org.circuitpress.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * Writes a finished document as a compact PDF 1.6 file: each stream as an object of its own,
 * every other indirect object packed into deflated object streams, and a cross-reference stream
 * that lists every object, itself included.
 *
 * <p>It does what {@code PDDocument.save} does for a new, unencrypted document, which is all a
 * handout is. It exists because that writer was about a quarter of a handout's CPU time outside
 * deflating (docs/performance.md): it walks the object graph through hash maps, writes byte by
 * byte into synchronized buffers, and puts a space after every token. Here the graph is walked
 * once with an identity map, tokens are separated only where PDF needs it, and the file is built
 * in one buffer.
 *
 * <p>Which objects are indirect follows PDFBox's rule, so the document model means the same
 * thing to both writers: streams, dictionaries not marked direct, arrays marked indirect, and
 * whatever a {@link COSObject} points at. Object numbers are given in the order the objects are
 * reached from the catalog, then the document information, so the same document gives the same
 * bytes.
 */
final class PdfFile {
  /** Objects per object stream; the same as PDFBox's default. */
  static final int PER_OBJECT_STREAM = 200;
  private static final byte[] HEADER = "%PDF-1.6\n%\u00f6\u00e4\u00fc\u00df\n".getBytes(StandardCharsets.ISO_8859_1);

  private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
  /** Indirect objects; object number {@code i + 1} is {@code objects.get(i)}. */
  private final List<COSBase> objects = new ArrayList<>();
  private final Deflater z;
  /** True when the last byte written is a regular character, so the next token needs a space. */
  private boolean glued;

  private PdfFile(Deflater z) {
    this.z = z;
  }

  /**
   * Writes the document whose trailer is {@code trailer} (its /Root, /Info and /ID are used) to
   * {@code out}, deflating object streams and the cross-reference stream at {@code level}.
   */
  static void write(COSDictionary trailer, OutputStream out, int level) throws IOException {
    Deflater z = new Deflater(level);
    try {
      Bytes file = new PdfFile(z).file(trailer);
      out.write(file.data, 0, file.len);
    } finally {
      z.end();
    }
  }

  private Bytes file(COSDictionary trailer) throws IOException {
    COSBase root = deref(trailer.getItem(COSName.ROOT));
    if (!(root instanceof COSDictionary)) throw new IllegalArgumentException("the document has no catalog");
    COSBase info = deref(trailer.getItem(COSName.INFO));
    collect(root, info instanceof COSDictionary ? info : null);

    // Object numbers: 0 (the head of the free list), the document's objects, the object streams
    // that hold those that are not streams, and last the cross-reference stream.
    int count = objects.size();
    List<Integer> packed = new ArrayList<>(count);
    for (int n = 1; n <= count; n++) if (!(objects.get(n - 1) instanceof COSStream)) packed.add(n);
    int total = count + (packed.size() + PER_OBJECT_STREAM - 1) / PER_OBJECT_STREAM + 2;
    // Cross-reference entries by object number: type, field 2, field 3.
    byte[] type = new byte[total];
    long[] field2 = new long[total];
    int[] field3 = new int[total];
    field3[0] = 65535;

    Bytes file = new Bytes(128 * 1024);
    file.put(HEADER);

    // Streams first, each its own object; everything else goes into object streams.
    for (int n = 1; n <= count; n++) {
      if (objects.get(n - 1) instanceof COSStream s) {
        type[n] = 1;
        field2[n] = file.len;
        stream(file, n, s);
      }
    }

    int number = count;
    Bytes body = new Bytes(64 * 1024);
    Bytes offsets = new Bytes(4 * 1024);
    for (int from = 0; from < packed.size(); from += PER_OBJECT_STREAM) {
      int to = Math.min(packed.size(), from + PER_OBJECT_STREAM);
      int objstm = ++number;
      body.len = 0;
      offsets.len = 0;
      for (int i = from; i < to; i++) {
        int n = packed.get(i);
        type[n] = 2;
        field2[n] = objstm;
        field3[n] = i - from;
        offsets.num(n).put((byte) ' ').num(body.len).put((byte) ' ');
        glued = false;
        value(body, objects.get(n - 1), true);
        body.put((byte) '\n');
      }
      type[objstm] = 1;
      field2[objstm] = file.len;
      int first = offsets.len;
      offsets.put(body.data, 0, body.len);
      byte[] packedBytes = deflate(offsets);
      file.num(objstm).ascii(" 0 obj\n<</Type/ObjStm/N ").num(to - from).ascii("/First ").num(first)
          .ascii("/Filter/FlateDecode/Length ").num(packedBytes.length).ascii(">>\nstream\n")
          .put(packedBytes, 0, packedBytes.length).ascii("\nendstream\nendobj\n");
    }

    // The cross-reference stream, which is the last object and lists itself.
    int xref = ++number;
    if (xref != total - 1) throw new IllegalStateException("object numbers miscounted");
    long start = file.len;
    type[xref] = 1;
    field2[xref] = start;
    int w2 = width(Arrays.stream(field2, 0, total).max().orElse(0));
    int w3 = width(Arrays.stream(field3, 0, total).max().orElse(0));
    Bytes table = new Bytes(total * (1 + w2 + w3));
    for (int n = 0; n < total; n++) {
      table.put(type[n]);
      for (int b = w2 - 1; b >= 0; b--) table.put((byte) (field2[n] >>> (8 * b)));
      for (int b = w3 - 1; b >= 0; b--) table.put((byte) (field3[n] >>> (8 * b)));
    }
    byte[] packedTable = deflate(table);
    file.num(xref).ascii(" 0 obj\n<</Type/XRef/Size ").num(total).ascii("/W[1 ").num(w2).put((byte) ' ').num(w3)
        .ascii("]/Root ").num(numbers.get(root)).ascii(" 0 R");
    if (info instanceof COSDictionary) file.ascii("/Info ").num(numbers.get(info)).ascii(" 0 R");
    COSBase id = deref(trailer.getItem(COSName.ID));
    if (id instanceof COSArray) {
      file.ascii("/ID");
      glued = false;
      value(file, id, true);
    }
    file.ascii("/Filter/FlateDecode/Length ").num(packedTable.length).ascii(">>\nstream\n")
        .put(packedTable, 0, packedTable.length).ascii("\nendstream\nendobj\nstartxref\n").num(start)
        .ascii("\n%%EOF\n");
    return file;
  }

  /** Numbers every indirect object reachable from {@code root} and {@code info}, breadth first. */
  private void collect(COSBase root, COSBase info) {
    ArrayDeque<COSBase> queue = new ArrayDeque<>();
    number(root, queue);
    if (info != null) number(info, queue);
    while (!queue.isEmpty()) children(queue.poll(), queue);
  }

  private void number(COSBase o, ArrayDeque<COSBase> queue) {
    if (numbers.putIfAbsent(o, objects.size() + 1) == null) {
      objects.add(o);
      queue.add(o);
    }
  }

  private void children(COSBase o, ArrayDeque<COSBase> queue) {
    if (o instanceof COSDictionary d) {
      for (COSBase v : d.getValues()) reach(v, queue);
    } else if (o instanceof COSArray a) {
      for (int i = 0, n = a.size(); i < n; i++) reach(a.get(i), queue);
    }
  }

  private void reach(COSBase v, ArrayDeque<COSBase> queue) {
    if (v instanceof COSObject ref) {
      COSBase target = ref.getObject();
      if (target != null) number(target, queue);
    } else if (indirect(v)) {
      number(v, queue);
    } else if (v instanceof COSDictionary || v instanceof COSArray) {
      children(v, queue);
    }
  }

  private static boolean indirect(COSBase v) {
    return v instanceof COSStream || (v instanceof COSDictionary || v instanceof COSArray) && !v.isDirect();
  }

  private static COSBase deref(COSBase v) {
    return v instanceof COSObject ref ? ref.getObject() : v;
  }

  // ---- objects ----------------------------------------------------------------------------

  private void stream(Bytes file, int n, COSStream s) throws IOException {
    byte[] raw;
    try (InputStream in = s.createRawInputStream()) {
      raw = in.readAllBytes();
    }
    file.num(n).ascii(" 0 obj\n<<");
    glued = false;
    for (Map.Entry<COSName, COSBase> e : s.entrySet()) {
      if (e.getValue() == null || COSName.LENGTH.equals(e.getKey())) continue;
      name(file, e.getKey());
      value(file, e.getValue(), false);
    }
    file.ascii("/Length ").num(raw.length).ascii(">>\nstream\n").put(raw, 0, raw.length).ascii("\nendstream\nendobj\n");
  }

  /**
   * Writes {@code v}: as a reference when it is an indirect object other than the one being
   * written ({@code top}), else as itself.
   */
  private void value(Bytes b, COSBase v, boolean top) throws IOException {
    if (v instanceof COSObject ref) {
      v = ref.getObject();
      if (v == null) {
        token(b).ascii("null");
        return;
      }
    }
    if (!top) {
      Integer n = numbers.get(v);
      if (n != null) {
        token(b).num(n).ascii(" 0 R");
        return;
      }
    }
    if (v instanceof COSName name) {
      name(b, name);
    } else if (v instanceof COSInteger i) {
      token(b).num(i.longValue());
    } else if (v instanceof COSFloat f) {
      token(b);
      f.writePDF(b);
    } else if (v instanceof COSString s) {
      COSWriter.writeString(s, b);
      glued = false;
    } else if (v instanceof COSArray a) {
      b.put((byte) '[');
      glued = false;
      for (int i = 0, n = a.size(); i < n; i++) {
        COSBase e = a.get(i);
        if (e == null) token(b).ascii("null");
        else value(b, e, false);
      }
      b.put((byte) ']');
      glued = false;
    } else if (v instanceof COSStream) {
      throw new IllegalStateException("a stream must be an indirect object");
    } else if (v instanceof COSDictionary d) {
      b.ascii("<<");
      glued = false;
      for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
        if (e.getValue() == null) continue;
        name(b, e.getKey());
        value(b, e.getValue(), false);
      }
      b.ascii(">>");
      glued = false;
    } else if (v instanceof COSBoolean bool) {
      token(b).ascii(bool.getValue() ? "true" : "false");
    } else if (v instanceof COSNull) {
      token(b).ascii("null");
    } else {
      throw new IllegalStateException("cannot write " + v.getClass().getSimpleName() + " into a PDF file");
    }
  }

  /** Starts a token made of regular characters: a space first when the last one was too. */
  private Bytes token(Bytes b) {
    if (glued) b.put((byte) ' ');
    glued = true;
    return b;
  }

  /** A name: its characters as they are when they are plain letters, digits and the like. */
  private void name(Bytes b, COSName n) throws IOException {
    String s = n.getName();
    boolean plain = !s.isEmpty();
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-'
          || c == '_' || c == '.' || c == '*' || c == '@' || c == '$' || c == ';';
    }
    if (plain) {
      b.put((byte) '/');
      b.ascii(s);
    } else {
      n.writePDF(b);
    }
    glued = true;
  }

  private byte[] deflate(Bytes in) {
    z.reset();
    z.setInput(in.data, 0, in.len);
    z.finish();
    Bytes out = new Bytes(Math.max(1024, in.len / 2));
    while (!z.finished()) {
      if (out.len == out.data.length) out.data = Arrays.copyOf(out.data, out.data.length * 2);
      out.len += z.deflate(out.data, out.len, out.data.length - out.len);
    }
    return Arrays.copyOf(out.data, out.len);
  }

  /** Bytes needed for {@code v} as an unsigned big-endian number (at least one). */
  private static int width(long v) {
    int w = 1;
    while (w < 8 && v >>> (8 * w) != 0) w++;
    return w;
  }

  /** A growable byte buffer, unsynchronized, with the few appends the writer needs. */
  static final class Bytes extends OutputStream {
    byte[] data;
    int len;

    Bytes(int capacity) {
      data = new byte[Math.max(16, capacity)];
    }

    private void room(int more) {
      if (len + more > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, len + more));
    }

    Bytes put(byte b) {
      room(1);
      data[len++] = b;
      return this;
    }

    Bytes put(byte[] b) {
      return put(b, 0, b.length);
    }

    Bytes put(byte[] b, int off, int n) {
      room(n);
      System.arraycopy(b, off, data, len, n);
      len += n;
      return this;
    }

    /** {@code s}, whose characters are all ASCII. */
    Bytes ascii(String s) {
      int n = s.length();
      room(n);
      for (int i = 0; i < n; i++) data[len++] = (byte) s.charAt(i);
      return this;
    }

    Bytes num(long v) {
      if (v < 0) {
        put((byte) '-');
        v = -v;
      }
      if (v < 10) return put((byte) ('0' + v));
      int digits = 1;
      for (long t = v; t >= 10; t /= 10) digits++;
      room(digits);
      for (int i = len + digits - 1; i >= len; i--) {
        data[i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      len += digits;
      return this;
    }

    @Override
    public void write(int b) {
      put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int n) {
      put(b, off, n);
    }
  }
}
