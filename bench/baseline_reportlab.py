#!/usr/bin/python3
"""Contender (b) of issue 7: the script a technical trainer might write instead.

Reads the programs that `Bench dump` wrote (one JSON object per client and line, the same
programs the Java contenders render) and writes, per client, a PDF handout with reportlab and an
XLSX log with openpyxl, with the same content as baseline (a): a cover, then per week the circuit
and an empty log grid; a sheet per week with the prescription and empty columns to fill in.

Usage: /usr/bin/python3 baseline_reportlab.py PLANS.jsonl OUT_DIR FONT_DIR [BRANDING.csv]
(the branding adds the trainer's name in the accent colour, contact, logo and footer, as the
product's handout has them).
Prints `key value` lines like the Java contenders. Debian packages: python3-reportlab,
python3-openpyxl (they install for /usr/bin/python3).
"""
import csv
import datetime
import io
import json
import os
import sys
import time

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen import canvas

MARGIN = 50
COLUMNS = ["Step", "Exercise", "Dose", "Per side", "Tempo", "Load", "Rest (s)", "Cues"]


def day(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%b %Y')}"


BRAND = {"name": "CircuitPress", "accent": "#1F4E79", "contact": "", "footer": "", "logo": ""}


def read_branding(path):
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["value"]:
                BRAND[row["setting"]] = row["value"]
    if BRAND["logo"]:
        BRAND["logo"] = os.path.join(os.path.dirname(path), BRAND["logo"])


class Handout:
    """Draws one program top to bottom, starting a new page when the current one is full."""

    def __init__(self, program, out):
        self.p = program
        self.size = A4 if program["paper"] == "A4" else letter
        self.c = canvas.Canvas(out, pagesize=self.size, invariant=1)
        self.y = None

    def new_page(self):
        if self.y is not None:
            self.footer()
            self.c.showPage()
        self.y = self.size[1] - MARGIN
        self.pages = getattr(self, "pages", 0) + 1

    def footer(self):
        self.c.setFont("DejaVu", 8)
        self.c.drawString(MARGIN, MARGIN / 2, f"{BRAND['footer']}   page {self.pages}")

    def text(self, font, pt, s):
        if self.y < MARGIN + pt:
            self.new_page()
        self.y -= pt * 1.35
        self.c.setFont(font, pt)
        self.c.drawString(MARGIN, self.y, s)

    def paragraph(self, font, pt, s):
        width = self.size[0] - 2 * MARGIN
        line = ""
        for word in s.split(" "):
            nxt = word if not line else line + " " + word
            if pdfmetrics.stringWidth(nxt, font, pt) > width and line:
                self.text(font, pt, line)
                line = word
            else:
                line = nxt
        if line:
            self.text(font, pt, line)

    def label(self, s, x, at):
        self.c.setFont("DejaVu", 8)
        self.c.drawString(x, at, s)

    def cover(self):
        p = self.p
        self.new_page()
        if BRAND["logo"]:
            self.c.drawImage(BRAND["logo"], self.size[0] - MARGIN - 80, self.y - 40, width=80, height=40,
                             preserveAspectRatio=True, anchor="ne")
        self.c.setFillColor(BRAND["accent"])
        self.text("DejaVu-Bold", 20, BRAND["name"])
        self.c.setFillColor("#000000")
        if BRAND["contact"]:
            self.text("DejaVu", 9, BRAND["contact"])
        self.text("DejaVu-Bold", 16, p["template"])
        self.text("DejaVu", 12, p["name"])
        self.text("DejaVu", 10, f"{day(p['start'])} – {day(p['end'])} · {len(p['weeks'])} weeks")
        self.text("DejaVu", 10, f"Level: {p['level']} · {p['paper']}")
        self.y -= 8
        self.paragraph("DejaVu", 10, p["goal"])
        self.paragraph("DejaVu", 10, "How to run the circuit: do the drills of step 1, 2 and 3 in order, "
                       "then start again; each week says how many rounds. Move slowly, breathe out in "
                       "the hard part, and write down what you did.")
        for b in p["weeks"][0]["phases"]:
            self.y -= 6
            self.text("DejaVu-Bold", 11, f"Step {b['id']}: {b['name']}")
            self.paragraph("DejaVu", 10, b["purpose"])
        if p["notes"]:
            self.paragraph("DejaVu", 10, "From your trainer: " + p["notes"])

    def week(self, w):
        self.new_page()
        self.text("DejaVu-Bold", 14, f"Week {w['number']} · from {day(w['start'])} · {w['rounds']} rounds")
        self.y -= 4
        for b in w["phases"]:
            self.text("DejaVu-Bold", 10, f"Step {b['id']} – {b['name']}")
            for x in b["items"]:
                line = x["name"] + "   " + x["dose"]
                if x["tempo"]:
                    line += "   tempo " + x["tempo"]
                if x["load"]:
                    line += "   " + x["load"]
                self.text("DejaVu", 9.5, line)
                self.paragraph("DejaVu", 9, "   " + x["cues"])
                if x["video"].startswith("http"):
                    self.qr(x["video"])
        self.y -= 8
        self.grid(w)

    def qr(self, url):
        side = 48
        if self.y < MARGIN + side:
            self.new_page()
        widget = QrCodeWidget(url)
        x0, y0, x1, y1 = widget.getBounds()
        d = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        d.add(widget)
        self.y -= side
        renderPDF.draw(d, self.c, self.size[0] - MARGIN - side, self.y)

    def box(self, x, h, w, caption, name):
        self.c.rect(x, self.y - h, w, h)
        if caption:
            self.label(caption, x + 3, self.y - 8)
        self.c.acroForm.textfield(name=name.replace(".", "_"), x=x + 1, y=self.y - h + 1, width=w - 2,
                                  height=h - 2, borderWidth=0, fontName="Helvetica", fontSize=9)

    def grid(self, w):
        client = self.p["id"]
        n = w["number"]
        self.text("DejaVu-Bold", 10, "Your log")
        box = 22
        items = [x for b in w["phases"] for x in b["items"]]
        for s, date in enumerate(w["sessions"], start=1):
            if self.y < MARGIN + 2 * box:
                self.new_page()
            x = MARGIN
            self.label(f"Session {s}  {day(date)}", x, self.y - 14)
            x += 110
            self.box(x, box, 60, "Date", f"{client}.w{n}.s{s}.date")
            x += 66
            for r in range(1, w["rounds"] + 1):
                self.box(x, box, box, f"R{r}", f"{client}.w{n}.s{s}.r{r}.done")
                x += box + 6
            self.box(x, box, 40, "RPE", f"{client}.w{n}.s{s}.rpe")
            x += 46
            self.box(x, box, self.size[0] - MARGIN - x, "Notes", f"{client}.w{n}.s{s}.notes")
            self.y -= box + 4
            for item in items:
                if self.y < MARGIN + box:
                    self.new_page()
                x = MARGIN
                self.label(item["name"], x, self.y - 14)
                x += 190
                for r in range(1, w["rounds"] + 1):
                    ex = item["exercise"].replace(".", "_").replace(" ", "_")
                    self.box(x, box, 44, "", f"{client}.w{n}.s{s}.r{r}.{ex}.amount")
                    self.box(x + 46, box, 44, "", f"{client}.w{n}.s{s}.r{r}.{ex}.load")
                    x += 100
                self.y -= box + 2
            self.y -= 6

    def save(self):
        self.cover()
        for w in self.p["weeks"]:
            self.week(w)
        self.footer()
        self.c.save()


def log(p, out):
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for w in p["weeks"]:
        s = wb.create_sheet(f"Week {w['number']}")
        s.cell(row=1, column=1, value=f"{p['name']} · week {w['number']} · {w['rounds']} rounds")
        head = list(COLUMNS)
        for ss in range(1, len(w["sessions"]) + 1):
            for r in range(1, w["rounds"] + 1):
                head += [f"S{ss} R{r} done", f"S{ss} R{r} load"]
        for c, h in enumerate(head, start=1):
            s.cell(row=2, column=c, value=h).font = bold
        row = 3
        for b in w["phases"]:
            for x in b["items"]:
                values = [x["slot"], x["name"], x["amount"], "yes" if x["per_side"] else "no",
                          x["tempo"], x["load"], x["rest"], x["cues"]]
                for c, v in enumerate(values, start=1):
                    s.cell(row=row, column=c, value=v)
                row += 1
        s.freeze_panes = "C3"
    wb.save(out)


def main():
    plans, out_dir, fonts = sys.argv[1], sys.argv[2], sys.argv[3]
    t0 = time.perf_counter()
    if len(sys.argv) > 4 and os.path.isfile(sys.argv[4]):
        read_branding(sys.argv[4])
    pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(fonts, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", os.path.join(fonts, "DejaVuSans-Bold.ttf")))
    n = 0
    t_pdf = t_xlsx = t_write = 0.0
    b_pdf = b_xlsx = 0
    first = None
    with open(plans, encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            a = time.perf_counter()
            pdf = io.BytesIO()
            Handout(p, pdf).save()
            b = time.perf_counter()
            xlsx = io.BytesIO()
            log(p, xlsx)
            c = time.perf_counter()
            d = os.path.join(out_dir, p["start"][:7], p["id"])
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, "handout.pdf"), "wb") as o:
                o.write(pdf.getbuffer())
            with open(os.path.join(d, "log.xlsx"), "wb") as o:
                o.write(xlsx.getbuffer())
            e = time.perf_counter()
            t_pdf += b - a
            t_xlsx += c - b
            t_write += e - c
            b_pdf += pdf.getbuffer().nbytes
            b_xlsx += xlsx.getbuffer().nbytes
            n += 1
            if first is None:
                first = e - t0
    wall = time.perf_counter() - t0
    print(f"clients {n}")
    print("threads 1")
    print(f"wall_s {wall:.3f}")
    print(f"clients_per_s {n / wall:.1f}")
    print(f"ms_pdf {t_pdf * 1000 / n:.4f}")
    print(f"ms_xlsx {t_xlsx * 1000 / n:.4f}")
    print(f"ms_write {t_write * 1000 / n:.4f}")
    print(f"bytes_pdf {b_pdf / n:.0f}")
    print(f"bytes_xlsx {b_xlsx / n:.0f}")
    print(f"first_client_s {first:.3f}")


if __name__ == "__main__":
    main()
