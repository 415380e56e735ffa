"""Writes the small input files of the bad-input cases into inputs/ (committed; rerun
after editing). Large or permission-dependent inputs are made at test time by
test_bad_inputs.py instead."""
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "inputs")


def w(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


os.makedirs(HERE, exist_ok=True)
# documents
w("elf.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00")
w("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
w("invalid_utf8.txt", "first line\nsecond é ok ".encode() + b"\xff rest\n")
w("overlong2.txt", b"x \xc0\xaf y\n")
w("overlong3.txt", b"line one\nab \xe0\x80\xaf\n")
w("overlong4.txt", b"\xf0\x80\x80\xaf\n")
w("surrogate.txt", b"Kim met \xed\xa0\x80 Putin.\n")
w("beyond_10ffff.txt", b"ok\n\xf4\x90\x80\x80\n")
w("truncated_seq.txt", b"price: 5 \xe2\x82")
w("bad_continuation.txt", b"caf\xc3\x28 au lait\n")
w("nul.txt", b"abc\ndef\x00ghi\n")
w("utf16le.txt", "\ufeffKim met Putin.\n".encode("utf-16-le"))
w("latin1.txt", "Montréal, Québec: le président a rencontré.\n".encode("latin-1"))
w("empty.txt", b"")
w("whitespace.txt", b"  \n\n\t \r\n   \n")
w("crlf.txt", b"November 19, 2024\r\nPeru and Chile signed a trade agreement in Lima on Monday.\r\nThe deal was ratified.\r\n")
w("cr_only.txt", b"November 19, 2024\rPeru and Chile signed a trade agreement in Lima.\rEnd.\r")
w("bom.txt", "\ufeffNovember 19, 2024\nPeru and Chile signed a trade agreement in Lima on Monday.\n".encode())
w("bom_only.txt", b"\xef\xbb\xbf")
w("controls.txt", "Kim\x01 met\x1b[31m Putin\x7f in Moscow \u2028 on Monday.\u0085\n".encode())
w("noncharacters.txt", "Kim met Putin \ufffe\uffff \U0010ffff in Moscow.\n".encode())
# stores
w("store_newer.kg.json", '{"format":"kg-store","version":99,"nodes":[],"relationships":[]}')
w("store_not_kg.kg.json", '[1, 2, 3]')
w("store_foreign_format.kg.json", '{"format":"something-else","version":1}')
w("store_no_version.kg.json", '{"format":"kg-store","nodes":[]}')
w("store_empty.kg.json", b"")
w("store_missing_node.kg.json", '{"format":"kg-store","version":1,"nodes":[{"id":0,"labels":["person"],"properties":{"name":"A"}}],\n"relationships":[{"id":4,"type":"met_with","start":0,"end":3,"properties":{}}]}')
w("store_duplicate_id.kg.json", '{"format":"kg-store","version":1,"nodes":[{"id":3,"labels":[],"properties":{}},{"id":3,"labels":[],"properties":{}}],"relationships":[]}')
w("store_huge_id.kg.json", '{"format":"kg-store","version":1,"nodes":[{"id":1099511627775,"labels":["person"],"properties":{"name":"A"}}],"relationships":[]}')
w("store_bad_utf8.kg.json", b'{"format":"kg-store","version":1,"nodes":[{"id":0,"labels":["person"],"properties":{"name":"Kim \xff"}}],"relationships":[]}')
w("store_binary.kg.json", bytes(range(256)) * 4)
w("store_wrong_types.kg.json", '{"format":"kg-store","version":1,"nodes":[{"id":"zero","labels":"person"}],"relationships":[]}')
w("store_labels_not_strings.kg.json", '{"format":"kg-store","version":1,"nodes":[{"id":0,"labels":[1,2]}],"relationships":[]}')
w("store_nan.kg.json", '{"format":"kg-store","version":1,"nodes":[{"id":0,"labels":["x"],"properties":{"name":"x","a":NaN,"b":-Infinity,"c":1e308}}],"relationships":[]}')
w("store_markup.kg.json", '{"format":"kg-store","version":1,"nodes":['
  '{"id":0,"labels":["person"],"properties":{"name":"Kim <b>&amp;</b> \\"Jong\\" \'Un\' \\u0001\\u0008\\u001f\\u007f \\ufffe\\uffff \\ud83d\\ude00 ]]> -->","aliases":["<&>","\\u0000"]}},'
  '{"id":1,"labels":["country","<weird> & \\"label\\""],"properties":{"name":"Russia\\u000b\\u000c","kg:labels":"reserved","label":"reserved too","nan":NaN,"inf":Infinity}}],'
  '"relationships":[{"id":0,"type":"met_with","start":0,"end":1,"properties":{"evidence":[{"doc":"d<1>","text":"Kim \\u0002met\\r\\n\\t\\"Putin\\" & co <x/>","start":0,"end":5}],"weight":1,"sources":1}},'
  '{"id":1,"type":"bad type <&>\\"","start":1,"end":0,"properties":{"x\\u0001y":1}}]}')
# queries
w("query_bad_utf8.cypher", b"RETURN '\xff\xfe' AS x")
w("query_nul.cypher", b"RETURN 1\x00 AS x")
w("query_script_error.cypher", "// a script that fails on its second statement\nCREATE (:person {name: 'First'});\nMATCH (n) RETURN m;\nCREATE (:person {name: 'Never'})\n")
# graphml
w("graphml_unknown_keys.graphml", '''<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="label" attr.type="string"/>
  <key id="k1" for="node" attr.name="weird" attr.type="double"/>
  <key id="k2" for="edge" attr.name="label" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="a"><data key="k0">Kim Jong Un</data><data key="k1">2.5</data><data key="zz_undeclared">x</data></node>
    <node id="b"><data key="k0">Russia</data><data key="k9">also undeclared</data></node>
    <edge id="e1" source="a" target="b"><data key="k2">met_with</data></edge>
  </graph>
</graphml>
''')
w("graphml_missing_end.graphml", '''<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph id="G" edgedefault="directed">
    <node id="a"/>
    <edge id="e1" source="a" target="nowhere"/>
  </graph>
</graphml>
''')
w("graphml_no_target.graphml", '''<?xml version="1.0"?>
<graphml><graph edgedefault="directed"><node id="a"/><edge source="a"/></graph></graphml>
''')
w("graphml_entities.graphml", '''<?xml version="1.0"?>
<!DOCTYPE graphml [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<graphml><key id="label" for="node" attr.name="label" attr.type="string"/>
<graph edgedefault="directed"><node id="n0"><data key="label">&lol3;</data></node></graph></graphml>
''')
w("graphml_external_entity.graphml", '''<?xml version="1.0"?>
<!DOCTYPE graphml [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<graphml><key id="label" for="node" attr.name="label" attr.type="string"/>
<graph edgedefault="directed"><node id="n0"><data key="label">&xxe;</data></node></graph></graphml>
''')
w("graphml_predefined_entities.graphml", '''<?xml version="1.0"?>
<graphml><key id="label" for="node" attr.name="label" attr.type="string"/>
<graph edgedefault="directed"><node id="n0"><data key="label">Kim &amp; &lt;Putin&gt; &quot;&apos; &#233;&#x1F600;</data></node></graph></graphml>
''')
w("graphml_truncated.graphml", '<?xml version="1.0"?>\n<graphml><graph edgedefault="directed"><node id="a"><data key="label">Ki')
w("graphml_mismatched.graphml", '<?xml version="1.0"?>\n<graphml><graph edgedefault="directed"><node id="a"></edge></graph></graphml>\n')
w("graphml_binary.graphml", bytes(range(256)))
w("graphml_bad_utf8.graphml", b'<?xml version="1.0"?>\n<graphml><key id="label" for="node" attr.name="label" attr.type="string"/><graph edgedefault="directed"><node id="a"><data key="label">Kim \xff</data></node></graph></graphml>\n')
w("graphml_huge_id.graphml", '<?xml version="1.0"?>\n<graphml><graph edgedefault="directed"><node id="n999999999999999999"/><edge id="e999999999999999999" source="n999999999999999999" target="n999999999999999999"/></graph></graphml>\n')
w("graphml_duplicate_node.graphml", '<?xml version="1.0"?>\n<graphml><graph edgedefault="directed"><node id="a"/><node id="a"/></graph></graphml>\n')
w("graphml_bad_typed_value.graphml", '''<?xml version="1.0"?>
<graphml><key id="m" for="node" attr.name="mentions" attr.type="long"/>
<graph edgedefault="directed"><node id="a"><data key="m">three</data></node></graph></graphml>
''')
w("graphml_bad_char_ref.graphml", '<?xml version="1.0"?>\n<graphml><key id="label" for="node" attr.name="label" attr.type="string"/><graph><node id="a"><data key="label">&#0;&#xD800;</data></node></graph></graphml>\n')
