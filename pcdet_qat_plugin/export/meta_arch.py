"""TI's 3D-OD meta-architecture file: the schema of its protobuf messages and a protobuf text-format reader.

The schema is TI's tidl_meta_arch.proto (edgeai-mmdetection3d mmdet3d/utils/proto/tidl_meta_arch.proto,
messages TIDLMetaArch, TidlMa3DOD, PriorBox3DODParameter, TIDLOdPostProc, TIDLNmsParam): field names,
types, repeated / required. `read_meta_arch(text)` parses and validates a file against it and returns plain
dicts (repeated fields as lists); `schema_violations(text)` lists what TIDL's importer would reject.
No protobuf dependency.
"""
import re
from typing import Dict, List, Tuple

from ..errors import ExportError

# field -> (type, label); type: 'float' | 'int32' | 'uint32' | 'bool' | 'string' | ('enum', name) | message name
ENUMS = {
    'TIDLBoxCodeType': ('CORNER', 'CENTER_SIZE', 'CORNER_SIZE', 'CENTER_SIZE_EXP', 'CENTER_SIZE_YXHW',
                        'CODE_TYPE_YOLO_V5', 'CODE_TYPE_YOLO_X', 'CODE_TYPE_3DOD'),
    'TIDLScoreConverter': ('IDENTITY', 'SIGMOID', 'SOFTMAX'),
    'TIDLAnchorDataLayout': ('SEPARATED', 'INTERLEAVED'),
}
MESSAGES: Dict[str, Dict[str, Tuple[object, str]]] = {
    'TIDLMetaArch': {'name': ('string', 'optional'), 'tidl_3dod': ('TidlMa3DOD', 'repeated')},
    'TidlMa3DOD': {
        'box_input': ('string', 'repeated'), 'class_input': ('string', 'repeated'),
        'dir_input': ('string', 'repeated'), 'output': ('string', 'repeated'), 'name': ('string', 'optional'),
        **{k: ('float', 'required') for k in ('min_x', 'max_x', 'min_y', 'max_y', 'min_z', 'max_z',
                                              'voxel_size_x', 'voxel_size_y', 'voxel_size_z')},
        'max_points_per_voxel': ('uint32', 'required'),
        'score_converter': (('enum', 'TIDLScoreConverter'), 'optional'),
        'prior_box_3dod_param': ('PriorBox3DODParameter', 'repeated'),
        'detection_output_param': ('TIDLOdPostProc', 'optional'),
        'data_layout': (('enum', 'TIDLAnchorDataLayout'), 'optional')},
    'PriorBox3DODParameter': {
        **{k: ('float', 'repeated') for k in ('anchor_width', 'anchor_height', 'anchor_length', 'rotation')},
        **{k: ('float', 'required') for k in ('step_x', 'step_y', 'step_z', 'offset_x', 'offset_y', 'offset_z',
                                              'offset_dir')}},
    'TIDLOdPostProc': {
        'num_classes': ('uint32', 'optional'), 'share_location': ('bool', 'optional'),
        'background_label_id': ('int32', 'optional'), 'nms_param': ('TIDLNmsParam', 'optional'),
        'code_type': (('enum', 'TIDLBoxCodeType'), 'optional'),
        'variance_encoded_in_target': ('bool', 'optional'), 'keep_top_k': ('int32', 'optional'),
        'confidence_threshold': ('float', 'optional'), 'visualize': ('bool', 'optional'),
        'visualize_threshold': ('float', 'optional'), 'save_file': ('string', 'optional'),
        'num_keypoint': ('uint32', 'optional'), 'keypoint_confidence': ('bool', 'optional')},
    'TIDLNmsParam': {'nms_threshold': ('float', 'optional'), 'top_k': ('int32', 'optional'),
                     'top_k_all_class': ('int32', 'optional'), 'eta': ('float', 'optional')},
}
# proto defaults TIDL uses when a field is absent
DEFAULTS = {('TidlMa3DOD', 'score_converter'): 'SIGMOID', ('TIDLNmsParam', 'nms_threshold'): 0.3,
            ('TIDLOdPostProc', 'keep_top_k'): -1, ('TIDLOdPostProc', 'background_label_id'): 0,
            ('TIDLOdPostProc', 'share_location'): True}

_TOKEN = re.compile(r'\s*(?:(#[^\n]*)|("(?:[^"\\]|\\.)*")|([{}:])|([^\s{}:"#]+))')


def _tokens(text: str) -> List[str]:
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            if text[pos:].strip() == '':
                break
            raise ExportError(f'meta-architecture text: cannot read at character {pos}: {text[pos:pos + 30]!r}')
        pos = m.end()
        if m.group(1):
            continue
        tok = m.group(2) or m.group(3) or m.group(4)
        if tok:
            out.append(tok)
    return out


def _parse_fields(toks: List[str], i: int, closing: bool) -> Tuple[List[Tuple[str, object]], int]:
    fields = []
    while i < len(toks):
        if toks[i] == '}':
            if not closing:
                raise ExportError('meta-architecture text: unbalanced "}"')
            return fields, i + 1
        name = toks[i]
        i += 1
        if i < len(toks) and toks[i] == ':':
            i += 1
        if i >= len(toks):
            raise ExportError(f'meta-architecture text: field {name!r} has no value')
        if toks[i] == '{':
            sub, i = _parse_fields(toks, i + 1, True)
            fields.append((name, sub))
        else:
            fields.append((name, toks[i]))
            i += 1
    if closing:
        raise ExportError('meta-architecture text: a "{" is never closed')
    return fields, i


def parse_text(text: str) -> List[Tuple[str, object]]:
    """Protobuf text format -> ordered (name, value) pairs; a nested message is again such a list, a scalar
    stays its token (strings keep their quotes)."""
    fields, _ = _parse_fields(_tokens(text), 0, False)
    return fields


def _scalar(token, ftype, where: str, errors: List[str]):
    if isinstance(token, list):
        errors.append(f'{where}: expected a {ftype} value, found a message')
        return None
    if ftype == 'string':
        if not (token.startswith('"') and token.endswith('"')):
            errors.append(f'{where}: expected a quoted string, found {token}')
            return None
        return bytes(token[1:-1], 'utf-8').decode('unicode_escape')
    if ftype == 'bool':
        if token not in ('true', 'false', '1', '0'):
            errors.append(f'{where}: expected true / false, found {token}')
            return None
        return token in ('true', '1')
    if isinstance(ftype, tuple):
        valid = ENUMS[ftype[1]]
        if token not in valid:
            errors.append(f'{where}: {token} is not a {ftype[1]} value; valid: {", ".join(valid)}')
            return None
        return token
    try:
        value = float(token) if ftype == 'float' else int(token)
    except ValueError:
        errors.append(f'{where}: expected a {ftype}, found {token}')
        return None
    if ftype == 'uint32' and value < 0:
        errors.append(f'{where}: expected a uint32, found {token}')
    return value


def _message(fields, mtype: str, where: str, errors: List[str]) -> Dict[str, object]:
    schema = MESSAGES[mtype]
    out: Dict[str, object] = {}
    for name, token in fields:
        path = f'{where}.{name}'
        if name not in schema:
            errors.append(f'{path}: no field {name!r} in TI\'s {mtype}; valid: {", ".join(schema)}')
            continue
        ftype, label = schema[name]
        if isinstance(ftype, str) and ftype in MESSAGES:
            if not isinstance(token, list):
                errors.append(f'{path}: expected a {ftype} message {{...}}, found {token}')
                continue
            value = _message(token, ftype, path, errors)
        else:
            value = _scalar(token, ftype, path, errors)
        if label == 'repeated':
            out.setdefault(name, []).append(value)
        elif name in out:
            errors.append(f'{path}: non-repeated field given twice')
        else:
            out[name] = value
    for name, (ftype, label) in schema.items():
        if label == 'required' and name not in out:
            errors.append(f'{where}.{name}: required field of TI\'s {mtype} is missing')
        elif name not in out and (mtype, name) in DEFAULTS:
            out[name] = DEFAULTS[(mtype, name)]
    return out


def schema_violations(text: str) -> Tuple[Dict[str, object], List[str]]:
    """(parsed TIDLMetaArch as dicts, violations of TI's schema: unknown fields, wrong types, missing
    required fields, repeated non-repeated fields, unreadable text)."""
    errors: List[str] = []
    try:
        fields = parse_text(text)
    except ExportError as exc:
        return {}, [str(exc)]
    return _message(fields, 'TIDLMetaArch', 'TIDLMetaArch', errors), errors


def read_meta_arch(path: str) -> Dict[str, object]:
    """The TidlMa3DOD message of a meta-architecture file (exactly one), validated; ExportError listing the
    schema violations otherwise."""
    try:
        with open(path) as f:
            text = f.read()
    except OSError as exc:
        raise ExportError(f'cannot read meta-architecture file {path}: {exc}') from exc
    parsed, errors = schema_violations(text)
    if errors:
        raise ExportError(f'{path}: not a valid TIDL meta-architecture file: ' + '; '.join(errors))
    od = parsed.get('tidl_3dod', [])
    if len(od) != 1:
        raise ExportError(f'{path}: expected one tidl_3dod message, found {len(od)}')
    return od[0]
