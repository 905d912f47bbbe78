import struct

import numpy as np
import pytest
from gguf import GGUFEndian, GGUFValueType, GGUFWriter
from scanfmt_helpers import checks, scan_with, serious

from modelward.core.findings import Severity
from modelward.scan.formats import gguf as gg
from modelward.scan.limits import Limits
from modelward.scan.source import Source

LIMITS = Limits()

LLAMA3 = (
    "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + "
    "message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}"
    "{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}"
    "{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"
)
CHATML = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + "
    "'\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
MISTRAL = (
    "{{ bos_token }}{% for message in messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
    "{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}{% elif message['role'] == "
    "'assistant' %}{{ message['content'] + eos_token}}{% else %}{{ raise_exception('Only user and assistant roles "
    "are supported!') }}{% endif %}{% endfor %}"
)
LLAMA31_TOOLS = """{{- bos_token }}
{%- if not date_string is defined %}{%- set date_string = "26 Jul 2024" %}{%- endif %}
{%- if messages[0]['role'] == 'system' %}
    {%- set system_message = messages[0]['content']|trim %}{%- set messages = messages[1:] %}
{%- else %}{%- set system_message = "" %}{%- endif %}
{%- set ns = namespace(found=false) %}
{{- "<|start_header_id|>system<|end_header_id|>\\n\\n" }}
{%- if builtin_tools is defined or tools is not none %}{{- "Environment: ipython\\n" }}{%- endif %}
{%- if builtin_tools is defined %}
    {{- "Tools: " + builtin_tools | reject('equalto', 'code_interpreter') | join(", ") + "\\n\\n"}}
{%- endif %}
{%- for message in messages %}
    {%- if 'tool_calls' in message %}
        {%- set tool_call = message.tool_calls[0].function %}{%- set ns.found = true %}
        {{- '{"name": "' + tool_call.name + '", ' }}{{- '"parameters": ' }}{{- tool_call.arguments | tojson }}
    {%- else %}
        {{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'+ message['content'] | trim }}
    {%- endif %}
{%- endfor %}"""

# CVE-2024-34359 (llama-cpp-python) proof of concept, and other known escape shapes.
CVE_2024_34359 = (
    '{% for x in ().__class__.__base__.__subclasses__() %}{% if "warning" in x.__name__ %}'
    "{{x()._module.__builtins__['__import__']('os').popen(\"touch /tmp/retr0reg\")}}{%endif%}{% endfor %}"
)
ESCAPES = {
    "cve-2024-34359": (CVE_2024_34359, Severity.CRITICAL),
    "cycler-globals": ("{{ cycler.__init__.__globals__.os.popen('id').read() }}", Severity.CRITICAL),
    "attr-hex-escape": ("{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}", Severity.CRITICAL),
    "attr-variable": ("{% set a = '_' ~ '_cla' ~ 'ss_' ~ '_' %}{{ ()|attr(a) }}", Severity.CRITICAL),
    "joiner-attr": ("{{ joiner|attr('__init__') }}", Severity.CRITICAL),
    "template-reference": ("{{ self._TemplateReference__context }}", Severity.CRITICAL),
    "namespace-init": ("{{ namespace.__init__ }}", Severity.CRITICAL),
    "char-building": ("{{ ('%c%c'|format(95, 95)) }}", Severity.HIGH),
    "include": ("{% include '/etc/passwd' %}", Severity.HIGH),
    "lipsum": ("{{ lipsum }}", Severity.MEDIUM),
}


def write_gguf(path, template=None, endian=GGUFEndian.LITTLE, extra=None):
    w = GGUFWriter(path, "llama", endianess=endian)
    w.add_string("general.name", "tiny")
    if template is not None:
        w.add_chat_template(template)
    w.add_array("tokenizer.ggml.tokens", ["<s>", "</s>", "hello", "world"])
    w.add_array("tokenizer.ggml.scores", [0.0, 0.0, -1.5, -2.0])
    for key, (value, vtype) in (extra or {}).items():
        w.add_key_value(key, value, vtype)
    w.add_tensor("tok_embd.weight", np.arange(16, dtype=np.float32).reshape(4, 4))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


@pytest.mark.parametrize(
    "template", [LLAMA3, CHATML, MISTRAL, LLAMA31_TOOLS], ids=["llama3", "chatml", "mistral", "llama3.1-tools"]
)
def test_real_chat_templates_stay_clean(tmp_path, template):
    fs = scan_with(gg, write_gguf(tmp_path / "m.gguf", template), LIMITS)
    assert fs.error is None and serious(fs) == [], fs.findings


@pytest.mark.parametrize("name", list(ESCAPES))
def test_sandbox_escapes_are_flagged(tmp_path, name):
    template, severity = ESCAPES[name]
    fs = scan_with(gg, write_gguf(tmp_path / "m.gguf", LLAMA3 + template), LIMITS)
    assert checks(fs).get("scan.gguf.chat-template") == severity, fs.findings
    f = next(f for f in fs.findings if f.check_id == "scan.gguf.chat-template")
    assert f.location.member == "tokenizer.chat_template" and "Jinja2 sandbox escape" in f.title


def test_all_value_types_and_big_endian_parse(tmp_path):
    T = GGUFValueType
    extra = {
        "t.u8": (200, T.UINT8),
        "t.i8": (-5, T.INT8),
        "t.u16": (60000, T.UINT16),
        "t.i16": (-300, T.INT16),
        "t.u32": (4_000_000_000, T.UINT32),
        "t.i32": (-70000, T.INT32),
        "t.f32": (0.5, T.FLOAT32),
        "t.bool": (True, T.BOOL),
        "t.u64": (2**40, T.UINT64),
        "t.i64": (-(2**40), T.INT64),
        "t.f64": (0.25, T.FLOAT64),
        "t.str": ("héllo", T.STRING),
        "t.nested": ([[1, 2], [3]], T.ARRAY),
    }
    for endian in (GGUFEndian.LITTLE, GGUFEndian.BIG):
        p = write_gguf(tmp_path / f"m{endian.value}.gguf", CHATML, endian, extra)
        with Source.open(p) as source:
            hdr = gg.read_header(source, LIMITS)
        assert hdr.byte_order == ("little" if endian == GGUFEndian.LITTLE else "big")
        got = {k: hdr.values[k] for k in extra if k != "t.nested"}
        assert got == {k: v for k, (v, _) in extra.items() if k != "t.nested"}
        assert hdr.values["t.nested"] == ("array", gg.ARRAY, 2)
        assert hdr.values["tokenizer.ggml.tokens"] == ("array", gg.STRING, 4)
        assert hdr.tensor_count == 1 and not hdr.tensors_out_of_file


def test_truncated_and_non_gguf_files_are_errors(tmp_path):
    good = write_gguf(tmp_path / "m.gguf", CHATML).read_bytes()
    cases = {
        "empty": b"",
        "magic": b"GGML" + good[4:],
        "cut": good[:60],
        "version": good[:4] + struct.pack("<I", 9) + good[8:],
    }
    for name, content in cases.items():
        p = tmp_path / f"{name}.gguf"
        p.write_bytes(content)
        fs = scan_with(gg, p, LIMITS)
        assert fs.error is not None and str(p) in fs.error, (name, fs)


def test_tensor_data_cut_off_is_a_finding(tmp_path):
    good = write_gguf(tmp_path / "m.gguf", CHATML).read_bytes()
    p = tmp_path / "cut.gguf"
    p.write_bytes(good[: len(good) - 80])
    assert checks(scan_with(gg, p, LIMITS)) == {"scan.gguf.tensor-offset": Severity.MEDIUM}


def test_hostile_counts_are_bounded(tmp_path):
    p = tmp_path / "huge.gguf"
    # one KV: an array claiming 2**60 uint32 items in a 40-byte file
    body = struct.pack("<QQ", 0, 1) + struct.pack("<Q", 1) + b"k" + struct.pack("<IIQ", gg.ARRAY, 4, 2**60)
    p.write_bytes(b"GGUF" + struct.pack("<I", 3) + body)
    fs = scan_with(gg, p, LIMITS)
    assert fs.error is not None and "claims" in fs.error
    p.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, 10**9))
    assert checks(scan_with(gg, p, LIMITS)) == {"scan.gguf.limit": Severity.HIGH}
