/**
 * The most frequent surnames in France (INSEE, births 1891–1990, as published by
 * Geopatronyme/INSEE rankings), lower case without accents. Several are also first names
 * (Martin, Bernard, Thomas, Laurent, Simon…): in "Martin Pierre" or "Thomas Vincent" this
 * list tips the balance, the word found here being taken as the surname.
 */
export const COMMON_SURNAMES = `
martin bernard thomas petit robert richard durand dubois moreau laurent simon michel lefebvre leroy
roux david bertrand morel fournier girard bonnet dupont lambert fontaine rousseau vincent muller
lefevre faure andre mercier blanc guerin boyer garnier chevalier francois legrand gauthier garcia
perrin robin clement morin nicolas henry roussel mathieu gautier masson marchand duval denis dumont
marie lemaire noel meyer dufour meunier brun blanchard giraud joly riviere lucas brunet gaillard
barbier arnaud martinez gerard roche renard schmitt roy leroux colin vidal caron picard roger fabre
aubert lemoine renaud dumas lacroix olivier philippe bourgeois pierre benoit rey leclerc payet
rolland leclercq guillaume lecomte lopez jean dupuy guillot hubert berger carpentier sanchez dupuis
moulin louis deschamps huet vasseur perez boucher fleury royer klein jacquet adam paris poirier marty
aubry guyot carre charles renault charpentier menard maillard baron bertin bailly herve schneider
fernandez le-gall collet leger bouvier julien prevost millet perrot daniel le-roux cousin germain
breton besson langlois remy le-goff pelletier leveque perrier leblanc barre lebrun marchal weber
mallet hamon boulanger jacob monnier michaud rodriguez guichard gillet etienne grondin poulain
tessier chevallier collin chauvin da-silva bouchet gay lemaitre benard marechal humbert reynaud
antoine hoarau perret barthelemy cordier pichon lejeune gilbert lamy delaunay pasquier carlier laporte
`;
