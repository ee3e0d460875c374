#!/usr/bin/env python3
"""Check Web Annotations against the W3C Web Annotation Working Group's own test assertions.

usage: check-w3c-annotations.py FILE
FILE holds one annotation, an AnnotationCollection (items under first.items or first as a page),
a JSON array of annotations, or JSON Lines. Every annotation is checked against each assertion
that annotations/annotationMusts.test lists (the "MUST" requirements of the Web Annotation Data
Model); an assertion whose expectedResult is "valid" must validate, "invalid" must not.
Prints one line per failure and a summary line; exit status 0 only when all pass.
Needs the Python package jsonschema (pip install jsonschema).

The assertions and their definitions sit beside this script (vendored from
https://github.com/w3c/web-annotation-tests, see README.md and LICENSE.md)."""
import json, os, sys
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = HERE

def registry():
    reg = Registry()
    for d, _, names in os.walk(TESTS):
        for name in sorted(names):
            if name.endswith('.json'):
                schema = json.load(open(os.path.join(d, name), encoding='utf-8'))
                res = Resource.from_contents(schema, default_specification=DRAFT4)
                reg = reg.with_resource(name, res)
    return reg

def annotations(path):
    text = open(path, encoding='utf-8').read()
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(l) for l in text.splitlines() if l.strip()]
    if isinstance(doc, list):
        return doc
    if doc.get('type') == 'AnnotationCollection' or 'first' in doc:
        first = doc.get('first', {})
        return first.get('items', []) if isinstance(first, dict) else []
    return [doc]

def main():
    if len(sys.argv) != 2:
        print(__doc__); sys.exit(2)
    reg = registry()
    test = json.load(open(os.path.join(TESTS, 'annotations', 'annotationMusts.test'), encoding='utf-8'))
    checks = []
    for a in test['assertions']:
        schema = json.load(open(os.path.join(TESTS, a), encoding='utf-8'))
        checks.append((a, schema, Draft4Validator(schema, registry=reg)))
    anns = annotations(sys.argv[1])
    if not anns:
        print('no annotations found'); sys.exit(1)
    failures = 0
    for i, ann in enumerate(anns):
        for name, schema, v in checks:
            ok = v.is_valid(ann)
            want = schema.get('expectedResult', 'valid') == 'valid'
            if ok != want:
                failures += 1
                print(f"annotation {i} ({ann.get('id', '?')}): {schema.get('errorMessage', name)}")
    print(f"{len(anns)} annotations, {len(checks)} W3C MUST assertions each: {failures} failures")
    sys.exit(0 if failures == 0 else 1)

if __name__ == '__main__':
    main()
