package org.laborbridge.fairs.demo;

import static org.laborbridge.fairs.demo.DemoEnterprise.opening;

import java.util.List;

/**
 * The article's enterprises: the 11 that went to the east-west fair in Xiangxi offering nearly
 * 5,000 jobs, mostly assembly and domestic care (4,980 here), and the 28 "well-known
 * enterprises" of the four special fairs in Linyi, seven at each. Names are made up in the
 * manner of Jinan companies; districts are Jinan's (3701xx).
 */
final class ArticleEnterprises {

    private ArticleEnterprises() {}

    static final List<DemoEnterprise> EAST_WEST = List.of(
            new DemoEnterprise(
                    "济南鲁泰精密电子有限公司",
                    "370112",
                    "电子元器件制造",
                    "历城区工业北路 188 号",
                    List.of(
                            opening("电子装配工", "ELECTRONICS_ASSEMBLY", 800, 4500, 6500),
                            opening("车间普工", "ASSEMBLY", 300, 4200, 5800))),
            new DemoEnterprise(
                    "济南齐鲁汽车零部件有限公司",
                    "370114",
                    "汽车零部件制造",
                    "章丘区明水经济开发区 16 号",
                    List.of(opening("装配线操作工", "ASSEMBLY", 600, 4800, 7000))),
            new DemoEnterprise(
                    "济南泉城家政服务有限公司",
                    "370102",
                    "家庭服务",
                    "历下区泉城路 58 号",
                    List.of(
                            opening("家政服务员", "DOMESTIC_CARE", 400, 4500, 7500),
                            opening("养老护理员", "ELDER_CARE", 150, 4800, 6800))),
            new DemoEnterprise(
                    "济南华阳电气设备有限公司",
                    "370105",
                    "电气设备制造",
                    "天桥区新材料产业园 9 号",
                    List.of(opening("电气装配工", "ASSEMBLY", 450, 4600, 6200))),
            new DemoEnterprise(
                    "济南恒信食品有限公司",
                    "370115",
                    "食品加工",
                    "济阳区食品工业园 3 号",
                    List.of(opening("食品加工工", "FOOD_PROCESSING", 380, 4000, 5500))),
            new DemoEnterprise(
                    "济南金诺纺织服装有限公司",
                    "370113",
                    "纺织服装",
                    "长清区经济开发区 21 号",
                    List.of(opening("缝纫工", "SEWING", 320, 4200, 6500), opening("包装普工", "ASSEMBLY", 80, 3800, 4800))),
            new DemoEnterprise(
                    "济南安康养老服务有限公司",
                    "370103",
                    "养老服务",
                    "市中区英雄山路 120 号",
                    List.of(
                            opening("养老护理员", "ELDER_CARE", 260, 4800, 6800),
                            opening("家政服务员", "DOMESTIC_CARE", 90, 4500, 6500))),
            new DemoEnterprise(
                    "济南润丰物流有限公司",
                    "370104",
                    "仓储物流",
                    "槐荫区物流园 6 号",
                    List.of(opening("仓储分拣员", "WAREHOUSE", 300, 4500, 6000))),
            new DemoEnterprise(
                    "济南博远机械制造有限公司",
                    "370116",
                    "通用设备制造",
                    "莱芜区高新区 15 号",
                    List.of(
                            opening("机械装配工", "ASSEMBLY", 250, 4800, 6800),
                            opening("数控机床操作工", "MACHINIST", 50, 5500, 8000))),
            new DemoEnterprise(
                    "济南瑞祥家庭服务有限公司",
                    "370102",
                    "家庭服务",
                    "历下区解放路 36 号",
                    List.of(
                            opening("家政服务员", "DOMESTIC_CARE", 250, 4500, 7000),
                            opening("育婴员", "CHILDCARE", 80, 5000, 8000))),
            new DemoEnterprise(
                    "济南中兴光电科技有限公司",
                    "370112",
                    "光电子器件制造",
                    "历城区港兴三路 99 号",
                    List.of(opening("光电组件装配工", "ELECTRONICS_ASSEMBLY", 220, 4600, 6500))));

    static final List<DemoEnterprise> LINYI = List.of(
            linyi("济南宏达建设工程有限公司", "370112", "建筑施工", "建筑工", "CONSTRUCTION", 60),
            linyi("济南天成物业管理有限公司", "370102", "物业管理", "保安员", "SECURITY_GUARD", 40),
            linyi("济南佳美食品有限公司", "370115", "食品加工", "食品加工工", "FOOD_PROCESSING", 80),
            linyi("济南鑫源包装制品有限公司", "370105", "包装制品", "包装普工", "ASSEMBLY", 50),
            linyi("济南顺通快递服务有限公司", "370104", "快递服务", "快递员", "COURIER", 45),
            linyi("济南九州餐饮管理有限公司", "370103", "餐饮服务", "厨房帮工", "KITCHEN_HELPER", 30),
            linyi("济南同创电子科技有限公司", "370112", "电子制造", "电子装配工", "ELECTRONICS_ASSEMBLY", 120),
            linyi("济南万家福商贸连锁有限公司", "370103", "零售", "营业员", "SALES", 35),
            linyi("济南康宁医疗器械有限公司", "370114", "医疗器械制造", "装配工", "ASSEMBLY", 70),
            linyi("济南明湖酒店管理有限公司", "370102", "住宿服务", "客房服务员", "HOTEL_SERVICE", 25),
            linyi("济南正泰建材有限公司", "370113", "建材", "叉车司机", "FORKLIFT", 15),
            linyi("济南百合家政服务有限公司", "370105", "家庭服务", "家政服务员", "DOMESTIC_CARE", 60),
            linyi("济南德信汽车维修有限公司", "370104", "汽车维修", "汽修工", "MECHANIC", 20),
            linyi("济南绿源园林绿化有限公司", "370112", "园林绿化", "绿化工", "GARDENER", 30),
            linyi("济南重工机械有限公司", "370116", "机械制造", "焊工", "WELDER", 40),
            linyi("济南长城保安服务有限公司", "370103", "安保服务", "保安员", "SECURITY_GUARD", 50),
            linyi("济南舜耕纺织有限公司", "370113", "纺织", "缝纫工", "SEWING", 90),
            linyi("济南盛世物流有限公司", "370104", "仓储物流", "仓储分拣员", "WAREHOUSE", 60),
            linyi("济南鲁中电缆有限公司", "370114", "电线电缆制造", "车间普工", "ASSEMBLY", 55),
            linyi("济南福瑞祥餐饮有限公司", "370102", "餐饮服务", "餐厅服务员", "RESTAURANT_SERVICE", 30),
            linyi("济南广源电力安装有限公司", "370105", "电力工程", "电工", "ELECTRICIAN", 20),
            linyi("济南优佳电子商务有限公司", "370112", "电子商务", "客服专员", "CUSTOMER_SERVICE", 40),
            linyi("济南大明湖食品有限公司", "370115", "食品加工", "食品加工工", "FOOD_PROCESSING", 65),
            linyi("济南恒达钢结构有限公司", "370116", "钢结构", "焊工", "WELDER", 35),
            linyi("济南康乐养老服务有限公司", "370103", "养老服务", "养老护理员", "ELDER_CARE", 45),
            linyi("济南金桥物业服务有限公司", "370104", "物业管理", "物业维修工", "PROPERTY_MAINTENANCE", 20),
            linyi("济南新华印务有限公司", "370105", "印刷", "印刷普工", "ASSEMBLY", 30),
            linyi("济南美家家居制造有限公司", "370113", "家具制造", "家具装配工", "ASSEMBLY", 60));

    private static DemoEnterprise linyi(
            String name, String district, String industry, String title, String jobType, int headcount) {
        return new DemoEnterprise(
                name,
                district,
                industry,
                "济南市" + industry + "产业园",
                List.of(opening(title, jobType, headcount, 4000, 6500)));
    }
}
