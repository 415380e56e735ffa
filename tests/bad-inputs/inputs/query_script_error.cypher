// a script that fails on its second statement
CREATE (:person {name: 'First'});
MATCH (n) RETURN m;
CREATE (:person {name: 'Never'})
