"""The corpus helpers the held-out corpora's post files share (tests/heldout2, tests/heldout3): bodies, prose
markup, header lines, story records and pages, collected in BODIES / PAGES / SERIES for build.py."""
from layouts import dw_user, esc

BODIES = {}
PAGES = []
SERIES = []


def body(name, paras):
    BODIES[name] = paras
    return 'bodies/' + name + '.txt'


def ph(paras):
    """<p> prose."""
    return '\n'.join(f'<p>{esc(p)}</p>' for p in paras)


def brh(paras):
    """<br /><br /> prose."""
    return '<br /><br />\n'.join(esc(p) for p in paras)


def hdr(rows, fmt='<b>{L}:</b> {V}', sep='<br />\n'):
    out = []
    for label, value in rows:
        v = value[0] if isinstance(value, tuple) else esc(value)
        out.append(fmt.replace('{L}', label).replace('{V}', v))
    return sep.join(out)


def fields(**kw):
    return {k: (v[1] if isinstance(v, tuple) else v) for k, v in kw.items()}


def story(url, author, journal, flds, part, bodyfile=None, complete=True, exclude=(), **kw):
    s = {'url': url, 'author': author, 'journal': journal, 'fields': flds, 'part': part, 'complete': complete}
    if bodyfile is not None:
        s['bodyFile'] = bodyfile
    if exclude:
        s['exclude'] = list(exclude)
    s.update(kw)
    return s


def part(i, n):
    return {'index': i, 'total': n}


def page(id, file, url, site, kind, year, shapes, desc, html, stories, stitched=None, also=()):
    p = {'id': id, 'file': file, 'url': url, 'site': site, 'kind': kind, 'year': year, 'shapes': shapes, 'desc': desc,
         'html': html, 'stories': stories, 'also': list(also)}
    if stitched:
        p['stitched'] = {'parts': stitched[0], 'bodyFiles': stitched[1]}
    PAGES.append(p)


def dwu(name):
    return (dw_user(name), name)
