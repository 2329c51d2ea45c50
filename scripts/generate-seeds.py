"""Writes the demo data set in seeds/ (deterministic: the same files every run)."""
import json, os, random
SEEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds")
random.seed(2026)
cities = [
 ("Stuttgart","70173",48.7758,9.1829),("Karlsruhe","76133",49.0069,8.4037),("Mannheim","68161",49.4875,8.4660),
 ("Freiburg im Breisgau","79098",47.9990,7.8421),("Heidelberg","69117",49.3988,8.6724),("Ulm","89073",48.4011,9.9876),
 ("Heilbronn","74072",49.1427,9.2109),("Pforzheim","75175",48.8922,8.6947),("Reutlingen","72764",48.4914,9.2043),
 ("Esslingen am Neckar","73728",48.7406,9.3108),("Ludwigsburg","71638",48.8975,9.1922),("Tübingen","72070",48.5216,9.0576),
 ("Villingen-Schwenningen","78050",48.0620,8.4933),("Konstanz","78462",47.6603,9.1758),("Aalen","73430",48.8378,10.0933),
 ("Sindelfingen","71063",48.7133,9.0028),("Schwäbisch Gmünd","73525",48.7996,9.7981),("Offenburg","77652",48.4708,7.9408),
 ("Göppingen","73033",48.7025,9.6528),("Baden-Baden","76530",48.7606,8.2398),("Bretzfeld","74626",49.1794,9.4386),
 ("Öhringen","74613",49.2000,9.5000),("Schwäbisch Hall","74523",49.1128,9.7375),("Friedrichshafen","88045",47.6542,9.4790),
 ("Ravensburg","88212",47.7818,9.6122),("Waiblingen","71332",48.8303,9.3169),("Böblingen","71032",48.6833,9.0167),
 ("Bruchsal","76646",49.1244,8.5981),("Lörrach","79539",47.6156,7.6614),("Rastatt","76437",48.8580,8.2030)]
streets = ["Hauptstraße","Bahnhofstraße","Industriestraße","Marktplatz","Gartenstraße","Schillerstraße","Kirchstraße",
 "Am Stadtgarten","Neckarstraße","Lindenstraße","Friedrichstraße","Gewerbepark Süd","Wilhelmstraße","Karlstraße",
 "Im Eisenhütle","Rathausplatz","Uhlandstraße","Poststraße","Mühlweg","Robert-Bosch-Straße"]
kinds = [("Parkhaus","P1, Ebene -1, Einfahrt über Schranke; Code beim Pförtner"),("Rathaus","Hinterhof, Zufahrt über Kirchgasse"),
 ("Autohaus","Kundenparkplatz links vom Showroom"),("Hotel","Tiefgarage, Schlüssel an der Rezeption"),
 ("Supermarkt","Kundenparkplatz, Säulen neben dem Eingang"),("Betriebshof","Tor 2, Anmeldung an der Leitwarte"),
 ("Freibad","Besucherparkplatz, im Winter über Hausmeister"),("Bahnhof","P+R-Anlage, Nordseite")]
customers = [
 ("C-STWN","Stadtwerke Neckartal GmbH",("Premium",8,True)),
 ("C-AHHL","Autohaus Hohenlohe GmbH & Co. KG",("Comfort",24,True)),
 ("C-HSWB","Hotel Schwarzwaldblick KG",("Basic",72,False)),
 ("C-PRN","Parkhaus Betriebsgesellschaft Rhein-Neckar mbH",("Comfort",24,True)),
 ("C-GBRZ","Gemeinde Bretzfeld",("Basic",72,False))]
first = ["Anna","Lukas","Sophie","Jonas","Marie","Felix","Lena","Tim","Laura","Jan","Katrin","Michael","Sabine","Thomas","Julia","Stefan"]
last = ["Müller","Schmid","Weber","Fischer","Wagner","Becker","Hoffmann","Schäfer","Koch","Bauer","Richter","Klein","Wolf","Schröder","Neumann","Braun"]
def person():
    return random.choice(first)+" "+random.choice(last)
def mail(name, domain):
    n = name.lower().replace("ä","ae").replace("ö","oe").replace("ü","ue").replace("ß","ss").replace(" ",".")
    return f"{n}@{domain}"
out_customers=[]
for cid,name,(pkg,hours,maint) in customers:
    domain = cid.lower().replace("c-","")+".example.de"
    a, b, c = person(), person(), person()
    out_customers.append({"id":cid,"name":name,"billingEmail":f"buchhaltung@{domain}",
      "servicePackage":{"name":pkg,"interventionHours":hours,"includesYearlyMaintenance":maint},
      "contacts":[{"name":a,"email":mail(a,domain),"phone":f"+49 7{random.randint(100,999)} {random.randint(10000,99999)}","role":"change-authority"},
                  {"name":b,"email":mail(b,domain),"phone":None,"role":"billing"},
                  {"name":c,"email":mail(c,domain),"phone":f"+49 17{random.randint(0,9)} {random.randint(1000000,9999999)}","role":"technical"}]})
sites=[]; stations=[]
vendors=[("ABB","Terra AC W22-T-R-0",["1.6.6","1.7.2"]),("Alfen","Eve Double Pro-line",["5.8.1","6.1.0"]),
 ("KEBA","KeContact P30 x-series",["1.11.2","1.12.0"]),("Mennekes","AMTRON Professional+",["5.22.4"]),
 ("Wallbox","Commander 2",["6.5.20"]),("Compleo","eBOX professional",["1.2.35"])]
n=0
for i in range(50):
    city,plz,lat,lon = cities[i % len(cities)]
    cust = out_customers[i % len(out_customers)]
    allowed = {"C-STWN":[0,6,7,1],"C-AHHL":[2],"C-HSWB":[3],"C-PRN":[0,4],"C-GBRZ":[1,5,6]}[cust["id"]]
    kind,notes = kinds[allowed[(i // len(out_customers)) % len(allowed)]]
    sid=f"S-{i+1:03d}"
    sc = person()
    sites.append({"id":sid,"customerID":cust["id"],"name":f"{kind} {city}","street":f"{random.choice(streets)} {random.randint(1,120)}",
      "postalCode":plz,"city":city,"latitude":round(lat+random.uniform(-0.02,0.02),5),"longitude":round(lon+random.uniform(-0.03,0.03),5),
      "accessNotes":notes,"contact":{"name":sc,"email":mail(sc,"site.example.de"),"phone":f"+49 7{random.randint(100,999)} {random.randint(10000,99999)}","role":"site-contact"}})
    for k in range(4):
        n+=1
        v,model,fws = random.choice(vendors)
        stations.append({"id":f"LS-{n:05d}","siteID":sid,"connectorCount":random.choice([1,2,2]),
          "warrantyEnd":f"{random.choice([2025,2026,2027,2028])}-{random.randint(1,12):02d}-01T00:00:00Z",
          "expectedVendor":v,"expectedModel":model})
cards=[]
for i in range(80):
    cust = out_customers[i % len(out_customers)]
    tag = "%08X" % random.getrandbits(32) + ("%06X" % random.getrandbits(24) if i%3 else "")
    cards.append({"idTag":tag,"holder":person(),"customerID":cust["id"],"isBlocked": i%37==36,
                  "expiresAt": "2025-12-31T23:59:59Z" if i%29==28 else None})
for f,d in [("customers",out_customers),("sites",sites),("stations",stations),("cards",cards)]:
    json.dump(d, open(os.path.join(SEEDS, f"{f}.json"),"w"), ensure_ascii=False, indent=1)
print(len(out_customers),len(sites),len(stations),len(cards))
