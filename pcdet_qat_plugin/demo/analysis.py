    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
z    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
2    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
z    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
6    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
W    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
z    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
/    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
D    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
L    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
O    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
K    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
D    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
B    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
3    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
#    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
8    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
~    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
3    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
B    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
D    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
T    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
I    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
z    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
T    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
T    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
*    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
*    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
2    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
*    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
*    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
2    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
*    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
3    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
/    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
2    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
8    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
L    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
z    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
z    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
*    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
5    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
L    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
P    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
z    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
L    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
L    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
;    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
\    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
!    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
6    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
L    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
3    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
3    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
L    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
8    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
<    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
O    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
K    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
D    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
B    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
<    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
6    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
<    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
O    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
K    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
D    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
B    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
O    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
K    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
D    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
B    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
x    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
L    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
6    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
z    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
;    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
=    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
N    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
h    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
+    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
v    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
g    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
3    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
2    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
4    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
k    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
B    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
B    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
B    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
8    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
3    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
2    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
>    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
4    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
w    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
q    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
0    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
{    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
[    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
"    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
]    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
8    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
}    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
p    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
B    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
I    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
T    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
W    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
I    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
D    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
T    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
H    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
1    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
6    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
_    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
L    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
A    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
Y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
E    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
R    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
S    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
:    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
+    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
,    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
j    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
f    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
c    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
8    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
-    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
b    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
a    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
y    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
3    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
d    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
B    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
m    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
t    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
u    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
r    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
     prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
\    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
'    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
.    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
j    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
o    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
(    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
l    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
i    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
n    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
e    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
s    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
)    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']

    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
