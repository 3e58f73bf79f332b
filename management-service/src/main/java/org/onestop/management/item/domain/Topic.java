package org.onestop.management.item.domain;

/** Topics of the natural-person (个人) and legal-person (法人) theme lists. */
public enum Topic {
    EDUCATION("教育科研", "NATURAL_PERSON"),
    SOCIAL_SECURITY("社会保障", "NATURAL_PERSON"),
    HOUSEHOLD_REGISTRATION("户籍办理", "NATURAL_PERSON"),
    MEDICAL_HEALTH("医疗卫生", "NATURAL_PERSON"),
    LABOUR_EMPLOYMENT("劳动就业", "NATURAL_PERSON"),
    HOUSING("住房保障", "NATURAL_PERSON"),
    MARRIAGE_BIRTH("婚姻生育", "NATURAL_PERSON"),
    SOCIAL_ASSISTANCE("社会救助", "NATURAL_PERSON"),
    VETERANS("退役军人", "NATURAL_PERSON"),
    DISABILITY("残疾人服务", "NATURAL_PERSON"),
    CULTURE_TOURISM("文化旅游", "NATURAL_PERSON"),
    TRANSPORT("交通出行", "NATURAL_PERSON"),
    ENTERPRISE_STARTUP("设立变更", "LEGAL_PERSON"),
    TAX("财务税务", "LEGAL_PERSON"),
    PERMITS_QUALIFICATIONS("准营准办", "LEGAL_PERSON"),
    CONSTRUCTION("投资审批", "LEGAL_PERSON"),
    FOOD_DRUG_SAFETY("食品药品", "LEGAL_PERSON"),
    ENVIRONMENT("环保绿化", "LEGAL_PERSON"),
    SCIENCE_TECHNOLOGY("科技创新", "LEGAL_PERSON"),
    LAND_PLANNING("规划国土", "LEGAL_PERSON");

    private final String label;
    private final String serviceObject;

    Topic(String label, String serviceObject) {
        this.label = label;
        this.serviceObject = serviceObject;
    }

    public String label() {
        return label;
    }

    /** NATURAL_PERSON or LEGAL_PERSON: which theme list the topic belongs to. */
    public String serviceObject() {
        return serviceObject;
    }
}
